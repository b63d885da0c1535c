package org.motcua.calendar.web;

import org.motcua.calendar.CalendarMaintenance;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the query parameters of the calendar API, naming the parameter in every error. */
final class RequestParameters {

    private static final String INSTANT_EXAMPLE = "2026-02-13T08:00:00+07:00 or 2026-02-13T01:00:00Z";

    private RequestParameters() {
    }

    /**
     * An ISO-8601 date-time with an offset. A space where the offset's {@code +} should be is read as {@code +}: it is
     * what an unencoded {@code +} in a query string becomes.
     */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidParameter(name, "is required, e.g. " + INSTANT_EXAMPLE);
        }
        String text = value.strip().replace(' ', '+');
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, withoutOffset(text)
                    ? "needs an offset (+07:00 or Z), e.g. " + INSTANT_EXAMPLE
                    : "must be an ISO-8601 date-time with an offset, e.g. " + INSTANT_EXAMPLE);
        }
        if (parsed.getYear() < CalendarMaintenance.FIRST_YEAR || parsed.getYear() > CalendarMaintenance.LAST_YEAR) {
            throw ProblemException.invalidParameter(name, "must be in the years " + CalendarMaintenance.FIRST_YEAR
                    + " to " + CalendarMaintenance.LAST_YEAR);
        }
        return parsed.toInstant();
    }

    /** A time limit in working days: a decimal number from 0 to 3650 with at most two decimal places. */
    static BigDecimal workingDays(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidParameter(name, "is required, e.g. 1, 0.5 or 2.75");
        }
        BigDecimal days;
        try {
            days = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, value.contains(",")
                    ? "must use a dot as the decimal separator, e.g. 1.5"
                    : "must be a decimal number of working days, e.g. 1, 0.5 or 2.75");
        }
        if (days.signum() < 0) {
            throw ProblemException.invalidParameter(name, "must not be negative");
        }
        if (days.compareTo(WorkingCalendar.MAX_WORKING_DAYS) > 0) {
            throw ProblemException.invalidParameter(name, "must be at most " + WorkingCalendar.MAX_WORKING_DAYS);
        }
        if (days.stripTrailingZeros().scale() > 2) {
            throw ProblemException.invalidParameter(name, "must have at most 2 decimal places");
        }
        return days;
    }

    private static boolean withoutOffset(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
