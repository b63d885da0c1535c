package org.motcua.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

/** The real 2025/2026 table shipped with the platform, the default working hours, and times in Vietnam. */
final class CalendarFixtures {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String DEFAULT_HOURS = "07:30-11:30,13:00-17:00";
    static final LocalTime DEFAULT_CUTOFF = LocalTime.of(15, 0);

    private CalendarFixtures() {
    }

    /** Ho Chi Minh City's calendar for 2025 and 2026 from {@code calendar/vn-public-holidays.csv}. */
    static WorkingCalendar hcmc() {
        return withHours(DEFAULT_HOURS, DEFAULT_CUTOFF);
    }

    static WorkingCalendar withHours(String hours, LocalTime cutoff) {
        return new WorkingCalendar(VIETNAM, WorkingPeriod.parseAll(hours), cutoff, shipped(CalendarDayKind.HOLIDAY),
                shipped(CalendarDayKind.WORKING_DAY));
    }

    static Set<LocalDate> shipped(CalendarDayKind kind) {
        return HolidayCsv.shipped().stream().filter(r -> r.kind() == kind).map(HolidayCsv.Row::date)
                .collect(Collectors.toSet());
    }

    /** A local date-time in Vietnam, e.g. {@code at("2026-02-13T17:00")}. */
    static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime).atZone(VIETNAM).toInstant();
    }

    static LocalDateTime inVietnam(Instant instant) {
        return instant.atZone(VIETNAM).toLocalDateTime();
    }

    static BigDecimal days(String workingDays) {
        return new BigDecimal(workingDays);
    }
}
