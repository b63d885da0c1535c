package org.motcua.documents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times and dates as the pages print them, in the city's time zone. */
final class Dates {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String when(Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
