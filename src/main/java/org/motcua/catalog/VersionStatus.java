package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The life of a procedure version. Only one version of a procedure is published at a time. */
public enum VersionStatus {
    /** In force: new dossiers are submitted under it. */
    PUBLISHED("published"),
    /** Replaced by a newer version; dossiers submitted under it keep it. */
    SUPERSEDED("superseded"),
    /** Withdrawn by the city administrator; still readable. */
    RETIRED("retired");

    private final String code;

    VersionStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<VersionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
