package org.motcua.monitoring.web;

import org.motcua.monitoring.Counts;
import org.motcua.monitoring.Indicator;
import org.motcua.monitoring.ServiceQualityIndex;

import java.util.List;
import java.util.Optional;

/** The indicator names of the API. */
final class ServiceKeys {

    static final List<String> INDICATORS = ServiceQualityIndex.indicators(Counts.zero(), Optional.empty()).stream()
            .map(Indicator::key).toList();

    private ServiceKeys() {
    }
}
