package org.motcua.registry;

import org.junit.jupiter.api.Test;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.registry.DemoPeople.BAO_OUTAGE;
import static org.motcua.registry.DemoPeople.HAN;
import static org.motcua.registry.DemoPeople.KHANG;
import static org.motcua.registry.DemoPeople.MAI_MISMATCH;
import static org.motcua.registry.DemoPeople.NOBODY;
import static org.motcua.registry.DemoPeople.SAU_DECEASED;
import static org.motcua.registry.DemoPeople.TUNG_OWNER;
import static org.motcua.registry.DemoPeople.TUYET_WIDOW;

/** The demo identity provider's own view of the demo residents: stable, varied, living adults, not logged. */
@PlatformTest
class RegistryDemoPopulationIntegrationTests {

    @Autowired
    DemoPopulation population;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSampleStartsWithTheFeaturedPeopleAndIsStable() {
        List<PersonRecord> sample = population.sample(6);

        assertThat(sample).extracting(PersonRecord::personalId)
                .containsExactly(KHANG, HAN, MAI_MISMATCH, BAO_OUTAGE, TUYET_WIDOW, TUNG_OWNER);
        assertThat(population.sample(80)).isEqualTo(population.sample(80));
    }

    @Test
    void theSampleHoldsLivingAdultsOfBothSexesFromManyUnits() {
        List<PersonRecord> sample = population.sample(80);

        assertThat(sample).hasSize(80);
        assertThat(sample).extracting(PersonRecord::personalId).doesNotContain(SAU_DECEASED).doesNotHaveDuplicates();
        assertThat(sample).allSatisfy(p -> assertThat(p.birthDate()).isBefore(LocalDate.now().minusYears(18)));
        assertThat(sample).extracting(PersonRecord::sex).contains("male", "female");
        assertThat(sample.stream().map(PersonRecord::unitSlug).distinct().count()).isGreaterThan(50);
        assertThat(sample.stream().map(p -> p.birthDate().getYear() / 10).distinct().count()).isGreaterThan(3);
        List<String> deceased = jdbc.sql("select personal_id from registry_person where died_on is not null")
                .query(String.class).list();
        assertThat(population.sample(500)).extracting(PersonRecord::personalId).doesNotContainAnyElementsOf(deceased);
    }

    @Test
    void findGivesLivingResidentsOnlyAndIsNotARegistryRead() {
        long before = jdbc.sql("select count(*) from registry_access_log").query(Long.class).single();

        assertThat(population.find(KHANG)).get().extracting(PersonRecord::fullName).isEqualTo("Trần Minh Khang");
        assertThat(population.find(BAO_OUTAGE)).as("the IdP knows him even when the registries are down").isPresent();
        assertThat(population.find(SAU_DECEASED)).isEmpty();
        assertThat(population.find(NOBODY)).isEmpty();
        assertThat(population.find("not a number")).isEmpty();

        assertThat(jdbc.sql("select count(*) from registry_access_log where subject_id in (:ids)")
                .param("ids", List.of(KHANG, BAO_OUTAGE)).query(Long.class).single())
                .as("no log entry written by find").isLessThanOrEqualTo(before);
    }

    @Test
    void theDemoDataCoverEveryWardLevelUnit() {
        assertThat(jdbc.sql("select count(*) from registry_person").query(Integer.class).single())
                .isGreaterThanOrEqualTo(20_000);
        assertThat(jdbc.sql("select count(distinct unit_slug) from registry_household").query(Integer.class).single())
                .isEqualTo(168);
        assertThat(jdbc.sql("select count(*) from registry_business").query(Integer.class).single()).isEqualTo(2_000);
    }
}
