package org.motcua.feedback;

import org.motcua.organization.Units;
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
 * Every {@code deadline-scan-interval}: escalates unanswered reports past their deadline to the city level (once each,
 * {@link FeedbackEscalated}) and closes answers nobody accepted or reopened within {@code auto-close-after}. Rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so nodes sharing the database never act twice.
 */
@Component
public class FeedbackDeadlines {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDeadlines.class);
    private static final int BATCH = 200;

    private final FeedbackReports reports;
    private final FeedbackProperties properties;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FeedbackDeadlines(FeedbackReports reports, FeedbackProperties properties, Units units,
                      ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
                      Optional<Clock> clock) {
        this.reports = reports;
        this.properties = properties;
        this.units = units;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${motcua.feedback.deadline-scan-interval:1m}", initialDelayString = "PT30S")
    void scheduled() {
        Instant now = clock.instant();
        escalateOverdue(now);
        closeAnswered(now);
    }

    /** Escalates everything overdue at {@code now}; returns how many reports this call escalated. */
    public int escalateOverdue(Instant now) {
        String city = units.city().slug();
        return inBatches(() -> reports.claimOverdue(now, BATCH), r -> {
            if (r.escalate(city, now) && reports.update(r)) {
                r.events().forEach(events::publishEvent);
                log.warn("Feedback report {} of {} is overdue since {}: escalated to {}", r.id(), r.unit(),
                        r.dueAt(), city);
                return true;
            }
            return false;
        });
    }

    /** Closes answers older than {@code auto-close-after} at {@code now}; returns how many. */
    public int closeAnswered(Instant now) {
        return inBatches(() -> reports.claimAnsweredBefore(now.minus(properties.autoCloseAfter()), BATCH), r -> {
            if (r.autoClose(properties.autoCloseAfter(), now) && reports.update(r)) {
                r.events().forEach(events::publishEvent);
                return true;
            }
            return false;
        });
    }

    private int inBatches(java.util.function.Supplier<List<Report>> claim,
                          java.util.function.Predicate<Report> act) {
        int total = 0;
        while (true) {
            Integer done = transactions.execute(status -> {
                List<Report> claimed = claim.get();
                int n = 0;
                for (Report r : claimed) {
                    if (act.test(r)) {
                        n++;
                    }
                }
                return claimed.size() < BATCH || n == 0 ? -n - 1 : n;
            });
            if (done == null) {
                return total;
            }
            if (done < 0) {
                return total - done - 1;
            }
            total += done;
        }
    }
}
