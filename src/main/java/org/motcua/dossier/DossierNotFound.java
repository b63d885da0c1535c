package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

/** No dossier with that code — or one the caller may not see, which is reported the same way. */
public class DossierNotFound extends ProblemException {
    public DossierNotFound(String code) {
        super(ErrorCode.DOSSIER_NOT_FOUND, "No dossier with code '" + code + "'");
    }
}
