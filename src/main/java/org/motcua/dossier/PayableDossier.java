package org.motcua.dossier;

/**
 * What the payment of a dossier's fees needs to know about it.
 *
 * @param feesDueVnd     the fees of the procedure version, in VND (0 when nothing is owed)
 * @param feePaidOnline  the fee was already paid through the payment platform
 * @param fees           the fee lines, with their exemptions; {@code feesDueVnd} is the sum of those not exempt
 * @param feeAtSubmission the procedure wants its fees with the submission (not as a status-6 obligation)
 * @param feePaidChannel ONLINE or COUNTER once the fee is paid, null before
 */
public record PayableDossier(String code, String procedureCode, String procedureName, String applicantName,
                             String receivingUnit, DossierStatus status, long feesDueVnd, boolean feePaidOnline,
                             java.util.List<DossierFee> fees, boolean feeAtSubmission,
                             String feePaidChannel) {

    /** Whether the fee was paid, online or at the counter. */
    public boolean paid() {
        return feePaidOnline || feePaidChannel != null;
    }
}
