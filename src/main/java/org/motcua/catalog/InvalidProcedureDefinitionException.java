package org.motcua.catalog;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A procedure definition breaks the format of {@code docs/procedure-format.md}. Carries every field error with its
 * path ({@code process[2].workingDays}) and, for a file, the file name. Reported as 422 {@code invalid-procedure} by
 * the API; at start-up it stops the platform with a message naming the file and the fields.
 */
public class InvalidProcedureDefinitionException extends ProblemException {

    private final String source;

    /**
     * @param source the file name, or null for a definition sent to the API
     */
    public InvalidProcedureDefinitionException(String source, List<FieldProblem> errors) {
        super(ErrorCode.INVALID_PROCEDURE, describe(source, errors), errors);
        this.source = source;
    }

    /** The file name; null for a definition sent to the API. */
    public String source() {
        return source;
    }

    /** The same errors, attributed to a file. */
    public InvalidProcedureDefinitionException inFile(String fileName) {
        return new InvalidProcedureDefinitionException(fileName, errors());
    }

    private static String describe(String source, List<FieldProblem> errors) {
        String fields = errors.stream().map(e -> "field " + e.field() + ": " + e.message())
                .collect(Collectors.joining("; "));
        return source == null
                ? "The procedure definition is invalid: " + fields
                : "Procedure file " + source + " is invalid: " + fields;
    }
}
