package org.motcua.monitoring;

import java.util.List;

/**
 * The points of one group of the service-quality index.
 *
 * @param score      the points, 0 to {@code max}; null when the group has nothing to measure (left out of the total)
 * @param computedAs the formula with its numbers
 * @param inputs     the indicators it was computed from
 * @param note       what is not (yet) counted in it, if anything
 */
public record GroupScore(String key, int max, Double score, String computedAs, List<Indicator> inputs, String note) {
}
