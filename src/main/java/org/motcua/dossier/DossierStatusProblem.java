package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

import java.util.Map;

/** A refused action reported with the dossier's current status, so the caller knows where the dossier stands. */
public abstract class DossierStatusProblem extends ProblemException {

    private final DossierStatus status;

    protected DossierStatusProblem(ErrorCode code, DossierStatus status, String detail) {
        super(code, detail);
        this.status = status;
    }

    public DossierStatus status() {
        return status;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("status", Map.of("code", status.code(), "name", status.nameVi(), "state", status.name()));
    }
}
