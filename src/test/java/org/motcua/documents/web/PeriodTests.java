package org.motcua.documents.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The register pages' period picker: a year, a quarter or a month, and nothing else. */
class PeriodTests {

    @Test
    void aQuarterRunsFromTheFirstDayOfItsFirstMonthToTheLastDayOfItsThird() {
        Period q1 = Period.parse("2028-Q1").orElseThrow();
        assertThat(q1.from()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(q1.to()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(Period.parse("2026-Q4").orElseThrow().to()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aMonthAndAYearCoverTheirWholeLength() {
        assertThat(Period.parse("2028-02").orElseThrow().to()).isEqualTo(LocalDate.of(2028, 2, 29));
        Period year = Period.parse("2026").orElseThrow();
        assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(Period.parse("2026-13")).isEmpty();
        assertThat(Period.parse("2026-Q5")).isEmpty();
        assertThat(Period.parse("1999")).isEmpty();
        assertThat(Period.parse("26-11")).isEmpty();
        assertThat(Period.parse(null)).isEmpty();
    }

    @Test
    void theChoicesAreThisYearAndTheLastEachAsAYearFourQuartersAndTwelveMonths() {
        assertThat(Period.choices(2026)).hasSize(34);
        assertThat(Period.choices(2026).get(0).value()).isEqualTo("2026");
        assertThat(Period.choices(2026)).extracting(Period::value).contains("2026-Q3", "2026-11", "2025-01");
    }
}
