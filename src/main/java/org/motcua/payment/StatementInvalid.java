package org.motcua.payment;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A gateway statement that cannot be read: 422, naming the line (1 = the header) and the column. */
public class StatementInvalid extends ProblemException {

    private final int line;
    private final String column;

    StatementInvalid(int line, String column, String message) {
        super(ErrorCode.PAYMENT_STATEMENT_INVALID, "Line " + line + (column == null ? "" : ", column " + column)
                + ": " + message, List.of(new FieldProblem("line " + line + (column == null ? "" : " " + column),
                message)));
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public String column() {
        return column;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("line", line);
        if (column != null) {
            properties.put("column", column);
        }
        return properties;
    }
}
