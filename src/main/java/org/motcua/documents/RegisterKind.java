package org.motcua.documents;

import java.util.Arrays;
import java.util.Optional;

/** The three registers of Decree 30 Appendix IV. */
public enum RegisterKind {
    OUTGOING("outgoing", 10), INCOMING("incoming", 10), TRACKING("tracking", 9);

    private final String code;
    private final int columns;

    RegisterKind(String code, int columns) {
        this.code = code;
        this.columns = columns;
    }

    public String code() {
        return code;
    }

    int columns() {
        return columns;
    }

    public static Optional<RegisterKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
