package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Phí (a fee for a service) or lệ phí (a charge levied for a state act). */
public enum FeeKind {
    FEE("fee"), CHARGE("charge");

    private final String code;

    FeeKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<FeeKind> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
