package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The tier of local government competent for a procedure (two tiers since 1 July 2025). */
public enum Tier {
    /** Ward level: phường, xã, đặc khu. */
    WARD("ward"),
    /** City level: the People's Committee of the city and its departments. */
    CITY("city");

    private final String code;

    Tier(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Tier> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
