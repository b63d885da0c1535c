package org.motcua.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * How the platform reaches the registries. Checked at start-up.
 *
 * @param mode       {@code demo} (seeded synthetic data in the platform's database) or {@code http} (the provincial
 *                   data-exchange platform, contract in {@code docs/registry-contract.md}); empty = {@code demo} in
 *                   demo mode, {@code http} otherwise ({@code MOTCUA_REGISTRY_MODE})
 * @param baseUrl    base address of the data-exchange platform, e.g. {@code https://lgsp.hochiminhcity.gov.vn/registry}
 *                   ({@code MOTCUA_REGISTRY_URL}); without it, in {@code http} mode every read is unavailable and the
 *                   platform works with manual entry
 * @param timeout    longest wait for one registry answer, connecting included ({@code MOTCUA_REGISTRY_TIMEOUT},
 *                   default {@code 3s}); after it the read is unavailable and the applicant continues by hand
 * @param apiKey     sent as {@code X-Api-Key} ({@code MOTCUA_REGISTRY_API_KEY})
 * @param seed       seed of the demo data generator: the same seed gives the same people ({@code MOTCUA_REGISTRY_SEED})
 * @param residents  residents the demo data generator creates at least ({@code MOTCUA_REGISTRY_RESIDENTS}, default
 *                   20000)
 * @param businesses enterprises and household businesses it creates ({@code MOTCUA_REGISTRY_BUSINESSES}, default 2000)
 */
@ConfigurationProperties("motcua.registry")
public record RegistryProperties(Mode mode, String baseUrl, @DefaultValue("3s") Duration timeout, String apiKey,
                                 @DefaultValue("20250701") long seed, @DefaultValue("20000") int residents,
                                 @DefaultValue("2000") int businesses) {

    /** Where registry data comes from. */
    public enum Mode { DEMO, HTTP }

    public RegistryProperties {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("motcua.registry.timeout must be positive, e.g. 3s (got " + timeout + ")");
        }
        if (residents < 0 || businesses < 0) {
            throw new IllegalArgumentException("motcua.registry.residents and .businesses must not be negative");
        }
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", "");
        if (baseUrl != null) {
            URI uri;
            try {
                uri = URI.create(baseUrl);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("motcua.registry.base-url '" + baseUrl + "' is not a URL", e);
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("motcua.registry.base-url '" + baseUrl
                        + "' must be an http or https URL such as https://lgsp.example.gov.vn/registry");
            }
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** The mode in effect: the configured one, or demo data exactly when the platform runs in demo mode. */
    public Mode effectiveMode(boolean demoMode) {
        return mode != null ? mode : demoMode ? Mode.DEMO : Mode.HTTP;
    }
}
