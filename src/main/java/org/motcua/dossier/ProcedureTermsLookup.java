package org.motcua.dossier;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.Fee;
import org.motcua.catalog.FeePayment;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.organization.Role;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that reads the catalogue's types and turns a procedure version into {@link ProcedureTerms}. A
 * published version never changes, so each is read and parsed once (reading the definition of the version in force
 * for every submission cost a tenth of its CPU); which version is in force is asked every time.
 */
@Component
class ProcedureTermsLookup {

    private final Catalog catalog;
    /** By code and version; as many entries as versions ever used, a few thousand at most. */
    private final Map<String, ProcedureTerms> versions = new ConcurrentHashMap<>();

    ProcedureTermsLookup(Catalog catalog) {
        this.catalog = catalog;
    }

    Optional<ProcedureTerms> current(String code) {
        return catalog.currentVersionNumber(code).flatMap(version -> version(code, version));
    }

    Optional<ProcedureTerms> version(String code, int version) {
        String key = code + "#" + version;
        ProcedureTerms known = versions.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ProcedureTerms> read = catalog.findVersion(code, version).map(ProcedureTermsLookup::terms);
        read.ifPresent(terms -> versions.putIfAbsent(key, terms));
        return read;
    }

    private static ProcedureTerms terms(ProcedureVersion version) {
        ProcedureDefinition d = version.definition();
        return new ProcedureTerms(version.code(), version.version(), d.name().vi(), d.name().en(),
                d.competentUnit().isWardLevel() ? null : d.competentUnit().department(),
                d.timeLimit().workingDays(), d.timeLimit().verificationWorkingDays(),
                d.process().stream().map(p -> new ProcessStep(p.id(), p.name().vi(), p.name().en(),
                        Role.fromCode(p.role().code()).orElseThrow(), p.unit(), p.workingDays())).toList(),
                d.components().stream().map(c -> c.id()).toList(),
                data -> d.form().validate(data),
                d.result() == null || d.result().name() == null ? d.name().vi() : d.result().name().vi(),
                d.form().json(), d.prefill(),
                d.components().stream().filter(c -> c.registry() != null).collect(java.util.stream.Collectors.toMap(
                        c -> c.id(), c -> c.registry().code(), (a, b) -> a, java.util.LinkedHashMap::new)),
                d.onlineLevel() == OnlineLevel.FULL, fees(d), d.feePayment() == FeePayment.SUBMISSION);
    }

    private static java.util.List<ProcedureTerms.Fee> fees(ProcedureDefinition d) {
        boolean unconfirmed = d.unconfirmed().contains("fees");
        java.util.List<ProcedureTerms.Fee> lines = new java.util.ArrayList<>();
        for (Fee fee : d.fees()) {
            lines.add(new ProcedureTerms.Fee(new DossierFee(lines.size() + 1, fee.name().vi(), fee.name().en(),
                    fee.kind().code(), fee.amountVnd(), fee.unit() == null ? null : fee.unit().vi(), unconfirmed,
                    null), fee.applies().code()));
        }
        return java.util.List.copyOf(lines);
    }
}
