package org.motcua.catalog.web;

import org.motcua.catalog.DefinitionSource;
import org.motcua.catalog.LocalizedText;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.VersionStatus;

import java.time.Instant;

/** One line of a procedure's version history. */
record VersionSummary(String code, int version, VersionStatus status, DefinitionSource source, LocalizedText name,
                      Instant publishedAt, String publishedBy, Instant retiredAt) {

    static VersionSummary of(ProcedureVersion v) {
        return new VersionSummary(v.code(), v.version(), v.status(), v.source(), v.definition().name(),
                v.publishedAt(), v.publishedBy(), v.retiredAt());
    }
}
