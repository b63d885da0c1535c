package org.motcua.payment;

/** Where a bill stands. Only the gateway's notification marks it paid, never the browser's return. */
public enum BillStatus {
    /** Issued, waiting for the payment at the gateway. */
    PENDING,
    /** The gateway confirmed the payment; applied once. */
    PAID,
    /** The payer or the desk cancelled it; a payment arriving later is recorded for refund. */
    CANCELLED,
    /** The gateway reported a failed payment; it may still be paid later at the gateway. */
    FAILED
}
