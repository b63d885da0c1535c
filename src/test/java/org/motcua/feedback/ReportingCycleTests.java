package org.motcua.feedback;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingCycleTests {

    private static final ZoneId HCMC = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void cycleRunsFromThe25thNoonOfThePreviousMonthToThe25thNoon() {
        ReportingCycle november = ReportingCycle.of(YearMonth.of(2026, 11), HCMC);
        assertThat(november.start()).isEqualTo(Instant.parse("2026-10-25T05:00:00Z")); // 12:00 +07:00
        assertThat(november.end()).isEqualTo(Instant.parse("2026-11-25T05:00:00Z"));
    }

    @Test
    void theBoundaryInstantBelongsToTheNextCycle() {
        assertThat(ReportingCycle.containing(Instant.parse("2026-11-25T04:59:59Z"), HCMC).month())
                .isEqualTo(YearMonth.of(2026, 11));
        assertThat(ReportingCycle.containing(Instant.parse("2026-11-25T05:00:00Z"), HCMC).month())
                .isEqualTo(YearMonth.of(2026, 12));
        // the year turns with the cycle: 25 December noon starts January's
        assertThat(ReportingCycle.containing(Instant.parse("2026-12-31T10:00:00Z"), HCMC).month())
                .isEqualTo(YearMonth.of(2027, 1));
        assertThat(ReportingCycle.of(YearMonth.of(2027, 1), HCMC).start())
                .isEqualTo(Instant.parse("2026-12-25T05:00:00Z"));
    }
}
