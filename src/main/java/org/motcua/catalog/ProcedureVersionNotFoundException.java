package org.motcua.catalog;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

/** The procedure exists but has no version with that number. */
public class ProcedureVersionNotFoundException extends ProblemException {

    public ProcedureVersionNotFoundException(String code, int version) {
        super(ErrorCode.PROCEDURE_VERSION_NOT_FOUND, "Procedure '" + code + "' has no version " + version);
    }
}
