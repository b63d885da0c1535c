package org.motcua.organization;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

/** No unit has the given slug. */
public class UnitNotFoundException extends ProblemException {
    public UnitNotFoundException(String slug) {
        super(ErrorCode.UNIT_NOT_FOUND, "No unit with slug '" + slug + "'");
    }
}
