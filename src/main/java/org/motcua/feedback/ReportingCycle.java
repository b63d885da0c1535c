package org.motcua.feedback;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The city's monthly reporting cycle (kỳ báo cáo): cycle {@code 2026-11} runs from 25 October 12:00 to 25 November
 * 12:00, Ho Chi Minh City time, start included, end excluded.
 */
public record ReportingCycle(YearMonth month, Instant start, Instant end) {

    static final int DAY = 25;
    static final int HOUR = 12;

    public static ReportingCycle of(YearMonth month, ZoneId zone) {
        return new ReportingCycle(month, boundary(month.minusMonths(1), zone), boundary(month, zone));
    }

    /** The cycle an instant belongs to. */
    public static ReportingCycle containing(Instant at, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        YearMonth month = YearMonth.from(local);
        return at.isBefore(boundary(month, zone)) ? of(month, zone) : of(month.plusMonths(1), zone);
    }

    private static Instant boundary(YearMonth month, ZoneId zone) {
        return month.atDay(DAY).atTime(HOUR, 0).atZone(zone).toInstant();
    }
}
