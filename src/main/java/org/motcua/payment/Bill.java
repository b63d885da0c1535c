package org.motcua.payment;

import java.time.Instant;

/** One payment request for a dossier's fees (a row of {@code payment_bill}). */
record Bill(String id, String dossierCode, String receivingUnit, String partnerCode, long amountVnd, String description, BillStatus status,
            boolean refundDue, Instant createdAt, String createdBy, Instant paidAt, String transactionId) {
}
