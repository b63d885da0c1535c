package org.motcua.dossier;

import org.motcua.problem.ErrorCode;

/** The action is not allowed in the dossier's current status (409, with the status). */
public class DossierRuleViolation extends DossierStatusProblem {

    public DossierRuleViolation(DossierStatus status, String detail) {
        super(ErrorCode.DOSSIER_ACTION_NOT_ALLOWED, status, detail);
    }
}
