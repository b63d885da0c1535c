package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

/** The actor's role or unit does not allow the action (403, with the dossier's status). */
public class ActorNotPermitted extends ProblemException {

    private final DossierStatus status;

    public ActorNotPermitted(DossierStatus status, String detail) {
        super(ErrorCode.FORBIDDEN, detail);
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
