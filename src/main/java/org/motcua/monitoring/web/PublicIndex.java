package org.motcua.monitoring.web;

import org.motcua.monitoring.GroupScore;
import org.motcua.monitoring.IndicatorReport;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the public transparency page shows of a unit: its index, its group points and how many were received. */
public record PublicIndex(String unit, String unitName, String period, Double index, Map<String, Double> groups,
                   long received, Double onTimeRate) {

    /** A score as printed: two decimals at most, or a dash without data. */
    public static String points(Double score) {
        return score == null ? "—" : org.motcua.monitoring.SvgCharts.number(score);
    }

    static PublicIndex of(IndicatorReport r) {
        Map<String, Double> groups = new LinkedHashMap<>();
        for (GroupScore g : r.index().groups()) {
            groups.put(g.key(), g.score());
        }
        return new PublicIndex(r.unit(), r.unitName(), r.period(), r.index().total(), groups,
                r.indicator("received").numerator(), r.indicator("onTimeRate").value());
    }
}
