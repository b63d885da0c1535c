package org.motcua.monitoring.web;

import java.util.List;

/**
 * The green standard on a dashboard: how many ward-level units meet it ("142/168") and, for the others, each failing
 * criterion with the threshold, the unit's value and by how much it misses.
 *
 * @param set false before the city administrator set the first thresholds (nothing else is then shown)
 */
public record GreenView(boolean set, int version, int green, int units, List<Failing> failing, String exportQuery) {

    /** One failing criterion of one unit. */
    public record Failing(String unit, String unitName, String href, String criterionKey, String threshold,
                          String actual, String shortBy) {
    }
}
