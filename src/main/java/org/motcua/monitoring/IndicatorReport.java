package org.motcua.monitoring;

import java.time.YearMonth;
import java.util.List;

/**
 * The numbers of a unit (or the city) over a period: the counts, the indicators with the counts behind each, and the
 * service-quality index by group and in total.
 *
 * @param unit       the unit's slug, or {@code city}
 * @param procedures how many procedures the unit received dossiers of in the period
 */
public record IndicatorReport(String unit, String unitName, String period, YearMonth from, YearMonth to,
                              Counts counts, int procedures, List<Indicator> indicators, QualityIndex index) {

    public Indicator indicator(String key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}
