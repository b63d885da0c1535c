package org.motcua.calendar;

import org.motcua.audit.AuditLog;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the calendar table: the public holidays and swapped working days the government publishes each year, entered
 * by the city admin. Every change is audited ({@code CALENDAR_DAY_SET}, {@code CALENDAR_DAY_REMOVED}, subject
 * {@code calendar-day:<date>}, details with the old and new values) in the same transaction, and deadlines computed
 * after the commit use it.
 */
@Service
public class CalendarMaintenance {

    /** The first year the table accepts. */
    public static final int FIRST_YEAR = 2000;
    /** The last year the table accepts. */
    public static final int LAST_YEAR = 2199;
    private static final int MAX_NAME_LENGTH = 200;

    private final CalendarDays days;
    private final AuditLog audit;
    private final WorkingCalendars calendars;

    CalendarMaintenance(CalendarDays days, AuditLog audit, WorkingCalendars calendars) {
        this.days = days;
        this.audit = audit;
        this.calendars = calendars;
    }

    /** The entries of one year, by date. */
    @Transactional(readOnly = true)
    public List<CalendarDay> daysOf(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalidParameter("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    public Optional<CalendarDay> find(LocalDate date) {
        return days.find(date);
    }

    /**
     * Declares {@code date} a holiday or a swapped working day, replacing any entry it had.
     *
     * @param kind {@code holiday} or {@code working_day} (a Saturday or Sunday only)
     * @throws ProblemException {@code invalid-calendar-day} with the field errors
     */
    @Transactional
    public CalendarDay set(LocalDate date, String kind, String nameVi, String nameEn, String actor) {
        List<FieldProblem> errors = new ArrayList<>();
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            errors.add(new FieldProblem("date", "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR));
        }
        CalendarDayKind dayKind = kind == null ? null : CalendarDayKind.fromCode(kind.strip()).orElse(null);
        if (dayKind == null) {
            errors.add(new FieldProblem("kind", "must be holiday or working_day"));
        } else if (dayKind == CalendarDayKind.WORKING_DAY && !isWeekend(date)) {
            errors.add(new FieldProblem("kind", "a swapped working day must be a Saturday or Sunday; " + date
                    + " is a " + date.getDayOfWeek().toString().toLowerCase(Locale.ROOT) + " and a working day anyway"));
        }
        String vi = name(nameVi, "nameVi", errors);
        String en = name(nameEn, "nameEn", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_CALENDAR_DAY, "The calendar entry for " + date
                    + " is invalid", errors);
        }
        days.lockForChange();
        Optional<CalendarDay> before = days.find(date);
        if (before.isPresent() && before.get().kind() == dayKind && before.get().nameVi().equals(vi)
                && before.get().nameEn().equals(en)) {
            return before.get();
        }
        days.save(date, dayKind, vi, en, actor);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("date", date.toString());
        before.ifPresent(old -> details.put("old", values(old.kind(), old.nameVi(), old.nameEn())));
        details.put("new", values(dayKind, vi, en));
        audit.record(actor, "CALENDAR_DAY_SET", subject(date), details);
        calendars.refreshAfterCommit();
        return days.find(date).orElseThrow();
    }

    /**
     * Removes the entry of {@code date}: the day becomes an ordinary weekday or weekend day.
     *
     * @throws ProblemException {@code calendar-day-not-found} when the date has no entry
     */
    @Transactional
    public void remove(LocalDate date, String actor) {
        days.lockForChange();
        CalendarDay before = days.find(date).orElseThrow(() -> new ProblemException(
                ErrorCode.CALENDAR_DAY_NOT_FOUND, "There is no holiday or swapped working day on " + date));
        days.delete(date);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("date", date.toString());
        details.put("old", values(before.kind(), before.nameVi(), before.nameEn()));
        audit.record(actor, "CALENDAR_DAY_REMOVED", subject(date), details);
        calendars.refreshAfterCommit();
    }

    private static String name(String value, String field, List<FieldProblem> errors) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldProblem(field, "is required (at most " + MAX_NAME_LENGTH + " characters)"));
        }
        return name;
    }

    private static Map<String, String> values(CalendarDayKind kind, String nameVi, String nameEn) {
        return Map.of("kind", kind.code(), "nameVi", nameVi, "nameEn", nameEn);
    }

    private static String subject(LocalDate date) {
        return "calendar-day:" + date;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
