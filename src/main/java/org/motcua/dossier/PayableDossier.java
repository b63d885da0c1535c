package org.motcua.dossier;

/**
 * What the payment of a dossier's fees needs to know about it.
 *
 * @param feesDueVnd     the fees of the procedure version, in VND (0 when nothing is owed)
 * @param feePaidOnline  the fee was already paid through the payment platform
 * @param fees           the fee lines, with their exemptions; {@code feesDueVnd} is the sum of those not exempt
 * @param feeAtSubmission the procedure wants its fees with the submission (not as a status-6 obligation)
 */
public record PayableDossier(String code, String procedureCode, String procedureName, String applicantName,
                             String receivingUnit, DossierStatus status, long feesDueVnd, boolean feePaidOnline,
                             java.util.List<DossierFee> fees, boolean feeAtSubmission) {
}
