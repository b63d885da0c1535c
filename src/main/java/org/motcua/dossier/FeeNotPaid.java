package org.motcua.dossier;

import org.motcua.problem.ErrorCode;

/**
 * The dossier owes fees that are not paid (neither online nor at the counter) and the action needs them paid:
 * receiving an online dossier whose procedure wants its fees with the submission, finishing processing (status 9)
 * or returning the result (status 10). 409 {@code fee-not-paid}, with the dossier's current status.
 */
public class FeeNotPaid extends DossierStatusProblem {

    public FeeNotPaid(DossierStatus status, String detail) {
        super(ErrorCode.FEE_NOT_PAID, status, detail);
    }
}
