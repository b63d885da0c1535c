package org.motcua.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A dossier turns overdue when its legal deadline passes, which no event announces: the sweep refreshes the dossiers
 * whose deadline passed while they were counted as on time (found by an index on that instant).
 */
@Component
class OverdueSweep {

    private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);

    private final MonitoringStore store;
    private final ContributionRefresh refresh;
    private final Clock clock;

    OverdueSweep(MonitoringStore store, ContributionRefresh refresh, Optional<Clock> clock) {
        this.store = store;
        this.refresh = refresh;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${motcua.monitoring.sweep-interval:1m}", initialDelayString = "PT30S")
    void scheduled() {
        sweep();
    }

    /** Refreshes every dossier due for it; returns how many were looked at. */
    int sweep() {
        int total = 0;
        List<String> codes;
        do {
            codes = store.dueForSweep(clock.instant(), 500);
            for (String code : codes) {
                refresh.refresh(code);
            }
            total += codes.size();
        } while (codes.size() == 500);
        if (total > 0) {
            log.info("Monitoring sweep refreshed {} dossiers past their deadline", total);
        }
        return total;
    }
}
