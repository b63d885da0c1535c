package org.motcua.registry;

import java.time.Instant;
import java.util.List;

/**
 * One registry read as logged.
 *
 * @param readerName     a staff member's display name at the time of the read; null for citizens and the system
 * @param readerUnit     slug of the staff member's (first) unit at the time of the read
 * @param readerUnitName its name at that time
 * @param subjectId      whose data: a personal ID number or a tax code
 * @param registry       {@code population}, {@code civil_status} or {@code business}
 * @param fields         the fields the reader declared they use
 * @param outcome        {@code found}, {@code not_found} or {@code unavailable}
 * @param source         the registry and adapter asked
 */
public record AccessLogEntry(long id, Instant at, String readerId, String readerKind, String readerName,
                             String readerUnit, String readerUnitName, String subjectId, String registry,
                             List<String> fields, String purpose, String outcome, String source, int durationMillis) {

    public AccessLogEntry {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
