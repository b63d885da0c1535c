package org.motcua.registry.internal;

import org.motcua.demo.DemoMode;
import org.motcua.registry.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Chooses the adapters of the three registries: demo data or the data-exchange platform over HTTP. */
@Configuration(proxyBeanMethods = false)
class RegistryAdapters {

    private static final Logger log = LoggerFactory.getLogger(RegistryAdapters.class);

    @Bean
    RegistryHttpClient registryHttpClient(RegistryProperties properties, DemoMode demo, JsonMapper json) {
        RegistryProperties.Mode mode = properties.effectiveMode(demo.enabled());
        if (mode == RegistryProperties.Mode.DEMO) {
            log.info("Registries: demo data in the platform's database (motcua.registry.mode=demo)");
        } else if (properties.baseUrl() == null) {
            log.warn("Registries: no motcua.registry.base-url (MOTCUA_REGISTRY_URL) is set, so every registry read is "
                    + "unavailable and applicants enter their data by hand");
        } else {
            log.info("Registries: {} with timeout {}{}", properties.baseUrl(), properties.timeout(),
                    properties.apiKey() == null ? " and no API key" : "");
        }
        return new RegistryHttpClient(properties.baseUrl(), properties.timeout(), properties.apiKey(), json);
    }

    @Bean
    PopulationPort populationPort(RegistryProperties properties, DemoMode demo, DemoRegistryStore store,
                                  RegistryHttpClient client) {
        return http(properties, demo) ? new HttpPopulationAdapter(client) : new DemoPopulationAdapter(store);
    }

    @Bean
    CivilStatusPort civilStatusPort(RegistryProperties properties, DemoMode demo, DemoRegistryStore store,
                                    RegistryHttpClient client) {
        return http(properties, demo) ? new HttpCivilStatusAdapter(client) : new DemoCivilStatusAdapter(store);
    }

    @Bean
    BusinessPort businessPort(RegistryProperties properties, DemoMode demo, DemoRegistryStore store,
                              RegistryHttpClient client) {
        return http(properties, demo) ? new HttpBusinessAdapter(client) : new DemoBusinessAdapter(store);
    }

    private static boolean http(RegistryProperties properties, DemoMode demo) {
        return properties.effectiveMode(demo.enabled()) == RegistryProperties.Mode.HTTP;
    }
}
