package org.motcua.problem;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** Builds the problem details every error response uses, so they all have the same shape. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:motcua:problem:";

    private Problems() {
    }

    public static ProblemDetail of(ErrorCode code, String detail, List<FieldProblem> errors) {
        return of(code, code.status(), detail, errors);
    }

    public static ProblemDetail of(ErrorCode code, HttpStatusCode status, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code.code()));
        problem.setTitle(code.title());
        problem.setProperty("code", code.code());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
