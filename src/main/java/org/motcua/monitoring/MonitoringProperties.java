package org.motcua.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Monitoring settings ({@code motcua.monitoring.*}).
 *
 * @param sweepInterval how often dossiers whose legal deadline passed without an event are moved from "in progress
 *                      on time" to "overdue"
 * @param rebuildBatch  dossiers read per page when the numbers are rebuilt from the dossiers
 */
@ConfigurationProperties("motcua.monitoring")
public record MonitoringProperties(Duration sweepInterval, Integer rebuildBatch) {

    public MonitoringProperties {
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(1) : sweepInterval;
        rebuildBatch = rebuildBatch == null || rebuildBatch < 1 ? 5000 : rebuildBatch;
    }
}
