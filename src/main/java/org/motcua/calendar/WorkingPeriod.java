package org.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of working hours within a day (giờ làm việc), local time, {@code start} inclusive, {@code end}
 * exclusive, e.g. 07:30–11:30.
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    private static final Pattern PERIOD = Pattern.compile("^\\s*(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})\\s*$");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public WorkingPeriod {
        if (start == null || end == null) {
            throw new IllegalArgumentException("A working period needs a start and an end");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A working period must end after it starts (and within the day): "
                    + start + "-" + end);
        }
    }

    /** Parses {@code "07:30-11:30,13:00-17:00"} (24-hour {@code HH:mm}, comma-separated). */
    public static List<WorkingPeriod> parseAll(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Working hours are required, e.g. 07:30-11:30,13:00-17:00");
        }
        List<WorkingPeriod> periods = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Matcher m = PERIOD.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a working period like 07:30-11:30");
            }
            periods.add(new WorkingPeriod(time(m.group(1)), time(m.group(2))));
        }
        return List.copyOf(periods);
    }

    private static LocalTime time(String hhmm) {
        try {
            return LocalTime.parse(hhmm, HH_MM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + hhmm + "' is not a time of day (HH:mm)", e);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public String toString() {
        return HH_MM.format(start) + "-" + HH_MM.format(end);
    }
}
