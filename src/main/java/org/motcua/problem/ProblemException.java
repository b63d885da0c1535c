package org.motcua.problem;

import java.util.List;

/**
 * A failure with a stable {@link ErrorCode}, reported to API clients as RFC 9457 problem details. Modules throw it (or
 * a subclass) from their public services; the message is written for the person reading the response.
 */
public class ProblemException extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldProblem> errors;

    public ProblemException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public ProblemException(ErrorCode code, String detail, List<FieldProblem> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(ErrorCode.INVALID_PARAMETER, "Invalid parameter '" + parameter + "': " + message,
                List.of(new FieldProblem(parameter, message)));
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** Extra members of the problem details, e.g. a dossier's current status. */
    public java.util.Map<String, Object> properties() {
        return java.util.Map.of();
    }
}
