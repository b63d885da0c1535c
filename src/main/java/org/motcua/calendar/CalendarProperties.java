package org.motcua.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Working hours of the one-stop shops. Checked at start-up: the platform does not start with invalid hours.
 *
 * @param zone          time zone of the working hours and of every deadline shown ({@code MOTCUA_CALENDAR_ZONE},
 *                      default {@code Asia/Ho_Chi_Minh})
 * @param hours         the working periods of a working day, 24-hour {@code HH:mm-HH:mm}, comma-separated, in order
 *                      ({@code MOTCUA_CALENDAR_HOURS}, default {@code 07:30-11:30,13:00-17:00}); their total length
 *                      is one working day of a time limit
 * @param sameDayCutoff same-day procedures received on a working day by this time ({@code HH:mm}) are due at the end
 *                      of that day, later ones at the end of the next working day
 *                      ({@code MOTCUA_CALENDAR_SAME_DAY_CUTOFF}, default {@code 15:00})
 */
@ConfigurationProperties("motcua.calendar")
record CalendarProperties(@DefaultValue("Asia/Ho_Chi_Minh") String zone,
                          @DefaultValue("07:30-11:30,13:00-17:00") String hours,
                          @DefaultValue("15:00") String sameDayCutoff) {

    CalendarProperties {
        try {
            build(zone, hours, sameDayCutoff, Set.of(), Set.of());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid motcua.calendar settings: " + e.getMessage(), e);
        }
    }

    /** The calendar with these hours and the given days of the table. */
    WorkingCalendar calendar(Set<LocalDate> holidays, Set<LocalDate> swappedWorkingDays) {
        return build(zone, hours, sameDayCutoff, holidays, swappedWorkingDays);
    }

    private static WorkingCalendar build(String zone, String hours, String cutoff, Set<LocalDate> holidays,
                                         Set<LocalDate> swappedWorkingDays) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone == null ? "" : zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone '" + zone + "' is not a time zone such as Asia/Ho_Chi_Minh", e);
        }
        LocalTime cutoffTime;
        try {
            cutoffTime = LocalTime.parse(cutoff == null ? "" : cutoff.strip(), DateTimeFormatter.ofPattern("HH:mm"));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("same-day-cutoff '" + cutoff + "' is not a time of day such as 15:00",
                    e);
        }
        return new WorkingCalendar(zoneId, WorkingPeriod.parseAll(hours), cutoffTime, holidays, swappedWorkingDays);
    }
}
