package org.motcua.documents;

/** An outgoing document was issued with its number and symbol and delivered to the recipient units of the platform. */
public record DocumentIssued(String outgoingId, String unit, String symbol, java.util.List<String> recipientUnits, java.time.Instant issuedAt) {
}
