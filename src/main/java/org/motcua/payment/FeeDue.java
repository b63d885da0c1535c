package org.motcua.payment;

import java.time.Instant;

/** A bill for a dossier's fees was issued: the applicant is to pay {@code amountVnd} at {@code paymentUrl}. */
public record FeeDue(String billId, String dossierCode, long amountVnd, String paymentUrl, Instant issuedAt) {
}
