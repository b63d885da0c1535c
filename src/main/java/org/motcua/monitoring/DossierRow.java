package org.motcua.monitoring;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/** One dossier behind a number: its code, unit, procedure, month received and the measures it counts under. */
public record DossierRow(String code, String unit, String procedureCode, String procedureName, YearMonth month,
                         List<String> countedAs) {

    static DossierRow of(DossierContribution c) {
        return new DossierRow(c.dossierCode(), c.unit(), c.procedureCode(), c.procedureName(),
                YearMonth.from(c.month()), Arrays.stream(Measure.values()).filter(m -> c.counts().get(m) > 0)
                .map(Measure::key).toList());
    }
}
