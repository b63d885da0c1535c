package org.motcua.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An entry of a unit's incoming register (văn bản đến) as stored. */
record IncomingDocument(String id, String unit, int year, int number, Instant receivedAt, Instant passOnDue,
                        String outgoingId, String author, String symbol, LocalDate documentDate, DocumentType type,
                        String summary, boolean urgent, boolean confidential, List<String> restrictedTo,
                        String registeredBy) {
}
