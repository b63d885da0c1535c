package org.motcua.catalog.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.motcua.catalog.DefinitionSource;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.VersionStatus;

import java.time.Instant;

/**
 * One version of a procedure with its whole definition (form schema, process steps, fees, components, the
 * {@code unconfirmed} list) in the structure of the definition files, plus its version facts.
 */
@JsonPropertyOrder({"version", "status", "source", "publishedAt", "publishedBy", "retiredAt"})
record ProcedureView(int version, VersionStatus status, DefinitionSource source, Instant publishedAt,
                     String publishedBy, Instant retiredAt, @JsonUnwrapped ProcedureDefinition definition) {

    static ProcedureView of(ProcedureVersion v) {
        return new ProcedureView(v.version(), v.status(), v.source(), v.publishedAt(), v.publishedBy(),
                v.retiredAt(), v.definition());
    }
}
