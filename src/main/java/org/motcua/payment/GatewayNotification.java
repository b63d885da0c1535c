package org.motcua.payment;

/**
 * The gateway's confirmation of a payment ({@code POST /api/v1/payments/notify}), the source of truth.
 *
 * @param amount     the amount in VND, an integer
 * @param resultCode {@code 00} success, {@code 24} cancelled by the payer, anything else a failure
 * @param paidAt     ISO-8601 instant or offset date-time, as the gateway sent it (signed as sent)
 * @param checksum   lowercase hex HMAC-SHA256 of {@code partnerCode|billId|transactionId|amount|resultCode|paidAt}
 */
public record GatewayNotification(String partnerCode, String billId, String transactionId, Long amount,
                                  String resultCode, String paidAt, String checksum) {

    /** The text the checksum is computed over. */
    public String signedText() {
        return partnerCode + "|" + billId + "|" + transactionId + "|" + amount + "|" + resultCode + "|" + paidAt;
    }
}
