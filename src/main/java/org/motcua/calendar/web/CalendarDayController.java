package org.motcua.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.calendar.CalendarDay;
import org.motcua.calendar.CalendarDayKind;
import org.motcua.calendar.CalendarMaintenance;
import org.motcua.calendar.WorkingCalendars;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The calendar table: public holidays and swapped working days; read by anyone, changed by the city admin. */
@RestController
@RequestMapping("/api/v1/calendar/days")
@Tag(name = "Calendar")
class CalendarDayController {

    private final CalendarMaintenance maintenance;
    private final WorkingCalendars calendars;

    CalendarDayController(CalendarMaintenance maintenance, WorkingCalendars calendars) {
        this.maintenance = maintenance;
        this.calendars = calendars;
    }

    /** An entry as the API shows it (who changed it is in the audit trail, not here). */
    record CalendarDayView(LocalDate date, CalendarDayKind kind, String nameVi, String nameEn) {
        static CalendarDayView of(CalendarDay day) {
            return new CalendarDayView(day.date(), day.kind(), day.nameVi(), day.nameEn());
        }
    }

    @GetMapping
    @Operation(summary = "Public holidays and swapped working days of a year (default: this year)")
    List<CalendarDayView> list(@Parameter(description = "e.g. 2026") @RequestParam Optional<Integer> year) {
        int wanted = year.orElseGet(() -> LocalDate.now(calendars.current().zone()).getYear());
        return maintenance.daysOf(wanted).stream().map(CalendarDayView::of).toList();
    }

    /** @param kind {@code holiday} or {@code working_day} (a Saturday or Sunday worked) */
    record DayChange(String kind, String nameVi, String nameEn) { }

    @PutMapping("/{date}")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(summary = "Declare a holiday or a swapped working Saturday/Sunday, replacing the day's entry (city admin)",
            description = "Audited (CALENDAR_DAY_SET). Deadlines computed after the change use it.")
    CalendarDayView set(@Parameter(description = "ISO date, e.g. 2027-02-08") @PathVariable
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                        @RequestBody DayChange change, Authentication who) {
        return CalendarDayView.of(maintenance.set(date, change.kind(), change.nameVi(), change.nameEn(),
                who.getName()));
    }

    @DeleteMapping("/{date}")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove the day's entry: it becomes an ordinary weekday or weekend day (city admin)",
            description = "Audited (CALENDAR_DAY_REMOVED).")
    void remove(@Parameter(description = "ISO date") @PathVariable
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Authentication who) {
        maintenance.remove(date, who.getName());
    }
}
