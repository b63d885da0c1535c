package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Who performs a step of the internal process; the same codes as the staff roles of the organisation. */
public enum StepRole {
    RECEPTION("reception"), PROCESSOR("processor"), LEADER("leader"), CLERK("clerk");

    private final String code;

    StepRole(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<StepRole> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
