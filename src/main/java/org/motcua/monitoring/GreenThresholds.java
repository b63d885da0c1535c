package org.motcua.monitoring;

import java.time.Instant;
import java.util.List;

/** One version of the city's green standard: never changed once set; a new version replaces it. */
public record GreenThresholds(int version, List<Criterion> criteria, String reason, String setBy, Instant setAt) {
}
