package org.motcua.monitoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTests {

    @Test
    void aMonthIsOneMonth() {
        Period p = Period.parse("2026-11");
        assertThat(p.months()).containsExactly(YearMonth.of(2026, 11));
        assertThat(p.label()).isEqualTo("2026-11");
    }

    @Test
    void aQuarterIsItsThreeMonths() {
        Period p = Period.parse("2026-Q4");
        assertThat(p.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(Period.parse("2026-q1").first()).isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void aYearIsTwelveMonths() {
        Period p = Period.parse("2026");
        assertThat(p.months()).hasSize(12);
        assertThat(p.from()).hasToString("2026-01-01");
        assertThat(p.lastMonthStart()).hasToString("2026-12-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "26", "1999", "2026/11", "2026-11-01",
            "november"})
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
