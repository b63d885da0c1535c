package org.motcua.payment;

import java.time.Instant;

/**
 * Money the gateway took for a bill already cancelled or paid (hoàn trả): to be given back by the receiving unit.
 * Settled once, with who settled it, when, and the reference of the transfer back.
 *
 * @param billStatus  the bill's status now (CANCELLED, or PAID by another transaction)
 * @param settledAt   null while the refund is due
 * @param reference   the reference of the refund (the gateway's refund id or the treasury transfer number)
 */
public record Refund(String partnerCode, String transactionId, String billId, String dossierCode,
                     String receivingUnit, long amountVnd, Instant paidAt, Instant receivedAt, BillStatus billStatus,
                     Instant settledAt, String settledBy, String reference, String note) {

    @com.fasterxml.jackson.annotation.JsonProperty("settled")
    public boolean settled() {
        return settledAt != null;
    }
}
