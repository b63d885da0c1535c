package org.motcua.payment;

import java.time.Instant;
import java.util.List;

/**
 * A bill as its dossier's applicant and staff see it.
 *
 * @param refundDue    a payment arrived after the bill was cancelled or already paid: it is to be refunded
 * @param transactions the gateway transactions applied to the bill, oldest first
 */
public record BillView(String billId, String dossierCode, long amount, String description, BillStatus status,
                       boolean refundDue, Instant createdAt, Instant paidAt, List<Transaction> transactions) {

    /** One gateway transaction and what it did. */
    public record Transaction(String partnerCode, String transactionId, long amount, String resultCode,
                              Instant paidAt, TransactionOutcome outcome, Instant receivedAt) {
    }
}
