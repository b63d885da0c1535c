package org.motcua.dossier;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.Fee;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.organization.Role;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The one place that reads the catalogue's types and turns a procedure version into {@link ProcedureTerms}. */
@Component
class ProcedureTermsLookup {

    private final Catalog catalog;

    ProcedureTermsLookup(Catalog catalog) {
        this.catalog = catalog;
    }

    Optional<ProcedureTerms> current(String code) {
        return catalog.findCurrent(code).map(ProcedureTermsLookup::terms);
    }

    Optional<ProcedureTerms> version(String code, int version) {
        return catalog.findVersion(code, version).map(ProcedureTermsLookup::terms);
    }

    private static ProcedureTerms terms(ProcedureVersion version) {
        ProcedureDefinition d = version.definition();
        return new ProcedureTerms(version.code(), version.version(), d.name().vi(), d.name().en(),
                d.competentUnit().isWardLevel() ? null : d.competentUnit().department(),
                d.timeLimit().workingDays(), d.timeLimit().verificationWorkingDays(),
                d.process().stream().map(p -> new ProcessStep(p.id(), p.name().vi(), p.name().en(),
                        Role.fromCode(p.role().code()).orElseThrow(), p.unit(), p.workingDays())).toList(),
                d.fees().stream().mapToLong(Fee::amountVnd).sum(),
                d.components().stream().map(c -> c.id()).toList(),
                data -> d.form().validate(data),
                d.result() == null || d.result().name() == null ? d.name().vi() : d.result().name().vi(),
                d.form().json(), d.prefill(),
                d.components().stream().filter(c -> c.registry() != null).collect(java.util.stream.Collectors.toMap(
                        c -> c.id(), c -> c.registry().code(), (a, b) -> a, java.util.LinkedHashMap::new)),
                d.onlineLevel() == OnlineLevel.FULL);
    }
}
