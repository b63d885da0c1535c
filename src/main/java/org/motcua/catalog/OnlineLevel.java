package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** How far a procedure can be done online. */
public enum OnlineLevel {
    /** Toàn trình: submitted, paid and returned online. */
    FULL("full"),
    /** Một phần: some part (usually handing over the result or an original) happens in person. */
    PARTIAL("partial");

    private final String code;

    OnlineLevel(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<OnlineLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
