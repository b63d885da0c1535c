package org.motcua.payment;

/**
 * The platform's answer to one gateway notification, recorded with it. The accepted ones are answered
 * {@code {"resultCode":"00"}}; the rejected ones change nothing and carry their own result code.
 */
public enum NotificationVerdict {
    APPLIED(true, "00"),
    ALREADY_APPLIED(true, "00"),
    REFUND_DUE(true, "00"),
    NOT_PAID(true, "00"),
    MALFORMED(false, "99"),
    WRONG_PARTNER(false, "02"),
    FORGED_CHECKSUM(false, "97"),
    UNKNOWN_BILL(false, "01"),
    WRONG_AMOUNT(false, "04");

    private final boolean accepted;
    private final String resultCode;

    NotificationVerdict(boolean accepted, String resultCode) {
        this.accepted = accepted;
        this.resultCode = resultCode;
    }

    public boolean accepted() {
        return accepted;
    }

    /** The result code returned to the gateway. */
    public String resultCode() {
        return resultCode;
    }
}
