package org.motcua.registry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without demo mode there are no demo residents, and with no data-exchange platform configured every read is
 * unavailable — logged, never an error — so applicants continue by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "motcua.demo.enabled=false")
class RegistryProductionModeIntegrationTests {

    @Autowired
    DemoPopulation population;

    @Autowired
    Registries registries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thereAreNoDemoResidents() {
        assertThat(jdbc.sql("select count(*) from registry_person").query(Integer.class).single()).isZero();
        assertThat(population.sample(10)).isEmpty();
        assertThat(population.find(DemoPeople.KHANG)).isEmpty();
    }

    @Test
    void withoutABaseUrlEveryReadIsUnavailableAndLogged() {
        String purpose = "no-registry-" + UUID.randomUUID();

        assertThat(registries.person(DemoPeople.KHANG, ReadContext.system("test", purpose)))
                .isInstanceOf(RegistryRead.Unavailable.class);
        assertThat(registries.business(DemoPeople.TUNG_ENTERPRISE, ReadContext.system("test", purpose)))
                .isInstanceOf(RegistryRead.Unavailable.class);

        assertThat(jdbc.sql("select count(*) from registry_access_log where purpose = :p and outcome = 'unavailable'")
                .param("p", purpose).query(Integer.class).single()).isEqualTo(2);
    }
}
