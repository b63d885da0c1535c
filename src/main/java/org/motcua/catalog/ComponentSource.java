package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Where a dossier component comes from. */
public enum ComponentSource {
    /** The applicant uploads (or hands in) a document. */
    UPLOAD("upload"),
    /** The data is read from a national registry instead of asking for paper. */
    REGISTRY("registry");

    private final String code;

    ComponentSource(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<ComponentSource> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
