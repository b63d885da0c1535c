package org.motcua.problem;

/**
 * One invalid input: {@code field} is the request parameter, the JSON pointer-like path of a body field
 * ({@code fees[0].amountVnd}) or the field of a definition file.
 */
public record FieldProblem(String field, String message) {
}
