package org.motcua.dossier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Marks steps whose due instant has passed and publishes {@link DossierOverdue} once per dossier-step. Rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so several nodes sharing the database never mark the same step twice.
 */
@Component
class OverdueScan {

    private static final Logger log = LoggerFactory.getLogger(OverdueScan.class);
    private static final int BATCH = 200;

    private final Dossiers dossiers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueScan(Dossiers dossiers, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
                Optional<Clock> clock) {
        this.dossiers = dossiers;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${motcua.dossier.overdue-scan-interval:1m}", initialDelayString = "PT20S")
    void scheduled() {
        int marked = scan(clock.instant());
        if (marked > 0) {
            log.info("Marked {} overdue dossier steps", marked);
        }
    }

    /** Marks everything overdue at {@code now}; returns how many steps this call marked. */
    int scan(Instant now) {
        int total = 0;
        while (true) {
            Integer marked = transactions.execute(status -> {
                List<Dossier> claimed = dossiers.claimOverdue(now, BATCH);
                int n = 0;
                for (Dossier dossier : claimed) {
                    if (dossier.markStepOverdue(now) && dossiers.update(dossier)) {
                        dossier.events().forEach(events::publishEvent);
                        log.warn("Dossier {} is overdue at step {}", dossier.code(), dossier.currentStep().id());
                        n++;
                    }
                }
                return claimed.isEmpty() ? -1 : n;
            });
            if (marked == null || marked < 0) {
                return total;
            }
            total += marked;
            if (marked == 0) {
                return total;
            }
        }
    }
}
