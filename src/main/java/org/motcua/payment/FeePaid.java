package org.motcua.payment;

import java.time.Instant;

/** The gateway confirmed the payment of a dossier's bill, and it was applied (once). */
public record FeePaid(String billId, String dossierCode, long amountVnd, String partnerCode, String transactionId,
                      Instant paidAt) {
}
