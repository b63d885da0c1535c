package org.motcua.dossier;

/**
 * What the payment of a dossier's fees needs to know about it.
 *
 * @param feesDueVnd     the fees of the procedure version, in VND (0 when nothing is owed)
 * @param feePaidOnline  the fee was already paid through the payment platform
 */
public record PayableDossier(String code, String procedureCode, String procedureName, String applicantName,
                             String receivingUnit, DossierStatus status, long feesDueVnd, boolean feePaidOnline) {
}
