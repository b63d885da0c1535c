package org.motcua.monitoring;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureDefinition;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/** The catalogue facts of procedures, for the disclosure, online and online-payment groups of the index. */
@Component
class ProcedureProfiles {

    private final Catalog catalog;

    ProcedureProfiles(Catalog catalog) {
        this.catalog = catalog;
    }

    List<ProcedureProfile> of(Collection<String> codes) {
        return codes.stream().distinct().sorted().map(this::profile).toList();
    }

    private ProcedureProfile profile(String code) {
        return catalog.findCurrent(code).map(v -> {
            ProcedureDefinition d = v.definition();
            boolean online = d.onlineLevel() != null;
            boolean fee = d.fees() != null && d.fees().stream().anyMatch(f -> f.amountVnd() > 0);
            return new ProcedureProfile(code, d.unconfirmed().isEmpty(), online, fee, online && fee);
        }).orElse(new ProcedureProfile(code, false, false, false, false));
    }
}
