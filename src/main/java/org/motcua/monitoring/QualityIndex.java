package org.motcua.monitoring;

import java.util.List;

/**
 * The service-quality index (Decision 766/QĐ-TTg): six groups worth 100 points together.
 *
 * @param total         points out of 100, rescaled over the groups that could be measured; null when none could
 * @param measuredMax   the sum of the maximum points of the groups that could be measured
 * @param measuredScore the points of those groups before rescaling
 */
public record QualityIndex(List<GroupScore> groups, Double total, int measuredMax, double measuredScore,
                           String computedAs) {

    public GroupScore group(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }
}
