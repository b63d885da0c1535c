package org.motcua.payment;

/**
 * A bill just issued: send the payer's browser to {@code gatewayUrl}.
 *
 * @param amount the amount in VND
 */
public record IssuedBill(String billId, String dossierCode, long amount, BillStatus status, String gatewayUrl) {
}
