package org.motcua.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The green standard applied to a unit's report: each criterion met or failed, and by how much. */
public final class GreenEvaluation {

    private static final Set<String> GROUPS = Set.of("disclosure", "progress", "online", "digitisation",
            "satisfaction", "onlinePayment");

    private GreenEvaluation() {
    }

    /** Whether {@code key} names something a criterion can be set on. */
    public static boolean knownIndicator(String key) {
        if (key == null) {
            return false;
        }
        if (key.equals("index")) {
            return true;
        }
        if (key.startsWith("index.")) {
            return GROUPS.contains(key.substring("index.".length()));
        }
        return ServiceQualityIndex.indicators(Counts.zero(), java.util.Optional.empty()).stream()
                .anyMatch(i -> i.key().equals(key));
    }

    public static List<CriterionResult> evaluate(IndicatorReport report, List<Criterion> criteria) {
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion c : criteria) {
            Double actual;
            String how;
            if (c.indicator().equals("index")) {
                actual = report.index().total();
                how = report.index().computedAs();
            } else if (c.indicator().startsWith("index.")) {
                GroupScore g = report.index().group(c.indicator().substring("index.".length()));
                actual = g.score();
                how = g.computedAs();
            } else {
                Indicator i = report.indicator(c.indicator());
                actual = i.value();
                how = i.computedAs();
            }
            if (actual == null) {
                results.add(new CriterionResult(c.indicator(), c.min(), c.max(), null, false, null, how));
                continue;
            }
            double shortBy = 0;
            if (c.min() != null && actual < c.min()) {
                shortBy = c.min() - actual;
            }
            if (c.max() != null && actual > c.max()) {
                shortBy = actual - c.max();
            }
            shortBy = Indicator.round(shortBy, 4);
            results.add(new CriterionResult(c.indicator(), c.min(), c.max(), actual, shortBy == 0, shortBy, how));
        }
        return results;
    }
}
