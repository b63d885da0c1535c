package org.motcua.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** An instant's calendar day in the city's time zone. */
record LocalDateZone(LocalDate date) {

    static LocalDateZone of(Instant at, ZoneId zone) {
        return new LocalDateZone(at.atZone(zone).toLocalDate());
    }
}
