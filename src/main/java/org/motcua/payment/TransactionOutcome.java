package org.motcua.payment;

/** What a gateway transaction did to its bill. */
public enum TransactionOutcome {
    /** Marked the bill paid. */
    APPLIED,
    /** Money taken for a bill already cancelled or paid: to be refunded (hoàn trả), never dropped. */
    REFUND_DUE,
    /** The gateway reported no payment (failure or cancellation at the gateway). */
    NOT_PAID
}
