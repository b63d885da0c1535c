package org.motcua.monitoring;

import java.util.List;

/**
 * The reports of every unit over one period.
 *
 * @param ranking        the units with numbers in the period, the best index first
 * @param wardLevelUnits every ward-level unit in force (with or without dossiers), in the published order
 */
public record AllUnits(List<IndicatorReport> ranking, List<IndicatorReport> wardLevelUnits) {
}
