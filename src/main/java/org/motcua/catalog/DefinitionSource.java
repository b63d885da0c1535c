package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Where a procedure version came from. */
public enum DefinitionSource {
    /** A YAML file shipped with the platform, loaded at start-up. */
    FILE("file"),
    /** Published by the city administrator through the API. */
    API("api");

    private final String code;

    DefinitionSource(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<DefinitionSource> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
