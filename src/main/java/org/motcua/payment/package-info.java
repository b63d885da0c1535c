/**
 * Online payment of fees (phí, lệ phí) through the national payment platform: bills, the gateway's signed
 * notification applied exactly once, the wait of the dossier for its financial obligation, and a demo gateway.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment")
package org.motcua.payment;
