package org.motcua.payment;

/**
 * The platform's request to the gateway to accept payment of a bill ({@code POST <gatewayUrl>/init}).
 *
 * @param amount   the amount in VND, an integer
 * @param checksum lowercase hex HMAC-SHA256 of {@code partnerCode|billId|amount|description|returnUrl|notifyUrl}
 */
public record GatewayInit(String partnerCode, String billId, long amount, String description, String returnUrl,
                          String notifyUrl, String checksum) {

    /** The text the checksum is computed over. */
    public String signedText() {
        return partnerCode + "|" + billId + "|" + amount + "|" + description + "|" + returnUrl + "|" + notifyUrl;
    }
}
