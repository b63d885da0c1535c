package org.motcua.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry of the unit's incoming register with the document's details, files and assignments.
 *
 * @param number       the incoming number (số đến) in the unit's yearly sequence
 * @param passOnDue    when it must have been passed on (the same working day, or the next one after the cut-off)
 * @param fromPlatform delivered from another unit of the platform (else registered by the clerk from a scan)
 */
public record IncomingView(String id, String unit, int year, int number, Instant receivedAt, Instant passOnDue,
                           String author, String symbol, LocalDate documentDate, String type, String typeName,
                           String summary, boolean urgent, boolean confidential, String registeredBy,
                           boolean fromPlatform, List<FileView> files, List<AssignmentView> assignments) {

    static IncomingView of(IncomingDocument d, List<FileView> files, List<AssignmentView> assignments) {
        return new IncomingView(d.id(), d.unit(), d.year(), d.number(), d.receivedAt(), d.passOnDue(), d.author(),
                d.symbol(), d.documentDate(), d.type().name(), d.type().nameVi(), d.summary(), d.urgent(),
                d.confidential(), d.registeredBy(), d.outgoingId() != null, files, assignments);
    }
}
