package org.motcua.documents;

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
 * Publishes {@link DocumentDeadlineApproaching} when an open handling assignment reaches its reminder time and
 * {@link DocumentOverdue} when it passes its deadline, once each per assignment. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and marked in the same transaction as the event's publication, so several nodes
 * sharing the database never publish the same reminder twice.
 */
@Component
class ReminderScan {

    private static final Logger log = LoggerFactory.getLogger(ReminderScan.class);
    private static final int BATCH = 200;

    private final Assignments assignments;
    private final Incomings incomings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderScan(Assignments assignments, Incomings incomings, ApplicationEventPublisher events,
                 PlatformTransactionManager transactionManager, Optional<Clock> clock) {
        this.assignments = assignments;
        this.incomings = incomings;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${motcua.documents.reminder-scan-interval:5m}", initialDelayString = "PT30S")
    void scheduled() {
        int published = scan(clock.instant());
        if (published > 0) {
            log.info("Published {} document handling reminders", published);
        }
    }

    /** Publishes every reminder due at {@code now}; returns how many this call published. */
    int scan(Instant now) {
        int total = 0;
        total += drain(now, true);
        total += drain(now, false);
        return total;
    }

    private int drain(Instant now, boolean overdue) {
        int total = 0;
        while (true) {
            Integer n = transactions.execute(status -> {
                List<Assignment> claimed = overdue ? assignments.claimOverdue(now, BATCH)
                        : assignments.claimApproaching(now, BATCH);
                for (Assignment a : claimed) {
                    String unit = incomings.find(a.incomingId()).map(IncomingDocument::unit).orElse(null);
                    if (overdue) {
                        assignments.overdueSent(a.id(), now);
                        events.publishEvent(new DocumentOverdue(a.id(), a.incomingId(), unit, a.assignee(), a.dueAt()));
                        log.warn("Handling of incoming document {} by {} is overdue since {}", a.incomingId(),
                                a.assignee(), a.dueAt());
                    } else {
                        assignments.approachingSent(a.id(), now);
                        events.publishEvent(new DocumentDeadlineApproaching(a.id(), a.incomingId(), unit,
                                a.assignee(), a.dueAt()));
                    }
                }
                return claimed.size();
            });
            if (n == null || n == 0) {
                return total;
            }
            total += n;
        }
    }
}
