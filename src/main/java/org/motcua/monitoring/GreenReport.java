package org.motcua.monitoring;

import java.util.List;

/**
 * How many ward-level units meet the green standard in a period ("142/168"), and for each unit that does not, which
 * criteria fail and by how much.
 */
public record GreenReport(String period, int thresholdsVersion, List<Criterion> criteria, int green, int units,
                          String summary, List<UnitVerdict> notGreen, List<String> greenUnits) {

    /** A unit's verdict: only the failing criteria are listed. */
    public record UnitVerdict(String unit, String unitName, Double index, List<CriterionResult> failing) {
    }
}
