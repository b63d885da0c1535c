package org.motcua.catalog.web;

import org.motcua.catalog.CompetentUnit;
import org.motcua.catalog.LocalizedText;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.Tier;
import org.motcua.catalog.TimeLimit;

import java.util.List;

/** A procedure in a search result: enough to choose it; {@code unconfirmed} lists values not yet confirmed. */
record ProcedureSummary(String code, String nationalCode, LocalizedText name, String sector, List<String> lifeEvents,
                        Tier tier, CompetentUnit competentUnit, OnlineLevel onlineLevel, TimeLimit timeLimit,
                        int version, List<String> unconfirmed) {

    static ProcedureSummary of(ProcedureVersion version) {
        ProcedureDefinition d = version.definition();
        return new ProcedureSummary(d.code(), d.nationalCode(), d.name(), d.sector(), d.lifeEvents(), d.tier(),
                d.competentUnit(), d.onlineLevel(), d.timeLimit(), version.version(), d.unconfirmed());
    }
}
