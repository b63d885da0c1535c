package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** What a procedure produces. */
public enum ResultType {
    /** A paper or electronic document (certificate, licence, extract). */
    DOCUMENT("document"),
    /** Only an update of a registry. */
    RECORD("record");

    private final String code;

    ResultType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<ResultType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
