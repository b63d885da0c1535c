package org.motcua.monitoring;

/**
 * How a unit fares against one criterion.
 *
 * @param actual  the unit's value; null when it has no data for it (which fails the criterion)
 * @param shortBy by how much it misses the threshold (positive), 0 when met; null without data
 */
public record CriterionResult(String indicator, Double min, Double max, Double actual, boolean met, Double shortBy,
                              String computedAs) {
}
