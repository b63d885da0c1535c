package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

/** The action is not allowed in the dossier's current status (409, with the status). */
public class DossierRuleViolation extends ProblemException {

    private final DossierStatus status;

    public DossierRuleViolation(DossierStatus status, String detail) {
        super(ErrorCode.DOSSIER_ACTION_NOT_ALLOWED, detail);
        this.status = status;
    }

    public DossierStatus status() {
        return status;
    }

    @Override
    public java.util.Map<String, Object> properties() {
        return java.util.Map.of("status", java.util.Map.of("code", status.code(), "name", status.nameVi(),
                "state", status.name()));
    }
}
