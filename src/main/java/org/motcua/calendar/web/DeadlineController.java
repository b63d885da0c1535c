package org.motcua.calendar.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.calendar.CalendarDay;
import org.motcua.calendar.CalendarMaintenance;
import org.motcua.calendar.Deadline;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.calendar.WorkingCalendars;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Deadlines in working time and whether a day is a working day (public). */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working days, public holidays and deadlines counted in working time")
class DeadlineController {

    private final WorkingCalendars calendars;
    private final CalendarMaintenance maintenance;

    DeadlineController(WorkingCalendars calendars, CalendarMaintenance maintenance) {
        this.calendars = calendars;
        this.maintenance = maintenance;
    }

    /** {@code calendarIncomplete} is present (true) only when the deadline crossed a year without holiday data. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DueView(String due, Boolean calendarIncomplete) { }

    @GetMapping("/due")
    @Operation(summary = "The deadline of a time limit in working days",
            description = "Counts working time: one working day is the working hours of a day (8 h by default), so "
                    + "0.5 day is 4 working hours. A start outside working hours counts from the next working period; "
                    + "a limit used up at the end of a period ends there. workingDays=0 is a same-day procedure: "
                    + "received on a working day by the cut-off (15:00) → the end of that day, otherwise the end of "
                    + "the next working day. The answer is in the platform's time zone (+07:00).")
    DueView due(@Parameter(description = "Start, ISO-8601 with an offset, e.g. 2026-02-13T08:00:00+07:00 or "
                        + "2026-02-13T01:00:00Z (encode + as %2B)", required = true) @RequestParam String from,
                @Parameter(description = "Time limit in working days, 0 to 3650, at most 2 decimal places, e.g. 0.5",
                        required = true) @RequestParam String workingDays) {
        Deadline deadline = calendars.deadline(RequestParameters.instant("from", from),
                RequestParameters.workingDays("workingDays", workingDays));
        String due = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                deadline.due().atZone(calendars.current().zone()).toOffsetDateTime());
        return new DueView(due, deadline.calendarIncomplete() ? Boolean.TRUE : null);
    }

    /**
     * @param reason             {@code holiday}, {@code swapped_working_day}, {@code weekend} or {@code weekday}
     * @param nameVi             the name of the holiday or swap, when the calendar table has the day
     * @param calendarIncomplete present (true) when no holidays are recorded for the date's year
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkingDayView(LocalDate date, boolean working, String reason, String nameVi, String nameEn,
                          Boolean calendarIncomplete) { }

    @GetMapping("/working-day")
    @Operation(summary = "Whether a date is a working day, and why")
    WorkingDayView workingDay(@Parameter(description = "ISO date, e.g. 2026-04-27", required = true)
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        WorkingCalendar calendar = calendars.current();
        boolean working = calendar.isWorkingDay(date);
        Optional<CalendarDay> entry = maintenance.find(date);
        String reason;
        if (calendar.holidays().contains(date)) {
            reason = "holiday";
        } else if (calendar.swappedWorkingDays().contains(date)) {
            reason = "swapped_working_day";
        } else {
            reason = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                    ? "weekend" : "weekday";
        }
        return new WorkingDayView(date, working, reason, entry.map(CalendarDay::nameVi).orElse(null),
                entry.map(CalendarDay::nameEn).orElse(null),
                calendar.hasHolidayData(date.getYear()) ? null : Boolean.TRUE);
    }
}
