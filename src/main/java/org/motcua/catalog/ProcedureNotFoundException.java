package org.motcua.catalog;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

/** No procedure has the code, or none of its versions is in force. */
public class ProcedureNotFoundException extends ProblemException {

    public ProcedureNotFoundException(String code) {
        super(ErrorCode.PROCEDURE_NOT_FOUND, "No procedure with code '" + code + "'");
    }

    ProcedureNotFoundException(String code, String detail) {
        super(ErrorCode.PROCEDURE_NOT_FOUND, "Procedure '" + code + "' " + detail);
    }
}
