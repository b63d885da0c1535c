package org.motcua.documents;

/** A document entered a unit's incoming register (văn bản đến) with its incoming number. */
public record IncomingDocumentRegistered(String incomingId, String unit, int year, int number, boolean urgent, java.time.Instant passOnDue) {
}
