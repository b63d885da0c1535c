package org.motcua.catalog;

import java.time.Instant;

/**
 * One published version of a procedure. A version never changes once published, except for its status: dossiers
 * refer to {@code (code, version)} and keep the rules they were submitted under.
 *
 * @param publishedBy the city administrator's user name, or {@code system} for versions loaded from files
 * @param retiredAt   when the version was retired; null unless {@code status} is retired
 */
public record ProcedureVersion(String code, int version, VersionStatus status, ProcedureDefinition definition,
                               DefinitionSource source, Instant publishedAt, String publishedBy, Instant retiredAt) {

    /** True for the version new dossiers are submitted under. */
    public boolean inForce() {
        return status == VersionStatus.PUBLISHED;
    }
}
