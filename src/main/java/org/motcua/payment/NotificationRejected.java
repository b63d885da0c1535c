package org.motcua.payment;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

import java.util.Map;

/** A gateway notification that was rejected (and recorded); carries the result code the gateway contract expects. */
public class NotificationRejected extends ProblemException {

    private final NotificationVerdict verdict;

    public NotificationRejected(NotificationVerdict verdict) {
        super(code(verdict), detail(verdict));
        this.verdict = verdict;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("resultCode", verdict.resultCode(), "verdict", verdict.name());
    }

    private static ErrorCode code(NotificationVerdict verdict) {
        switch (verdict) {
            case WRONG_PARTNER:
                return ErrorCode.PAYMENT_PARTNER_UNKNOWN;
            case FORGED_CHECKSUM:
                return ErrorCode.PAYMENT_CHECKSUM_INVALID;
            case UNKNOWN_BILL:
                return ErrorCode.BILL_NOT_FOUND;
            case WRONG_AMOUNT:
                return ErrorCode.PAYMENT_AMOUNT_MISMATCH;
            default:
                return ErrorCode.PAYMENT_NOTIFICATION_INVALID;
        }
    }

    private static String detail(NotificationVerdict verdict) {
        switch (verdict) {
            case WRONG_PARTNER:
                return "The notification names a partner code this platform does not use";
            case FORGED_CHECKSUM:
                return "The checksum does not match the notification; it was recorded and ignored";
            case UNKNOWN_BILL:
                return "No bill with that id";
            case WRONG_AMOUNT:
                return "The amount is not the bill's amount; nothing was applied";
            default:
                return "Send partnerCode, billId, transactionId, amount (integer VND), resultCode, paidAt (ISO-8601) "
                        + "and checksum";
        }
    }
}
