package org.motcua.dossier;

import org.motcua.problem.ErrorCode;

/** The actor's role or unit does not allow the action (403, with the dossier's status). */
public class ActorNotPermitted extends DossierStatusProblem {

    public ActorNotPermitted(DossierStatus status, String detail) {
        super(ErrorCode.FORBIDDEN, status, detail);
    }
}
