package org.motcua.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Looks after the event publication registry while the platform runs. A listener that failed (the database briefly
 * away, a deadlock, a bug fixed by the next release) is given its event again after a wait that doubles with each
 * failure, up to {@link EventPublicationProperties#maxAttempts()} deliveries; Spring Modulith alone would deliver it
 * again only when a node restarts. Completed publications are deleted after
 * {@link EventPublicationProperties#keepCompleted()}: every dossier action leaves one per listener, millions a year.
 * A delivery its node never finished (the node stopped or died) is taken as failed once it is stale. Every node runs
 * all three; a publication is claimed for redelivery by one of them only (its status
 * {@code RESUBMITTED} is set with a conditional update).
 */
@Component
class EventPublicationMaintenance {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);
    private static final int BATCH = 100;
    private static final int DELETE_BATCH = 10_000;

    private final JdbcClient jdbc;
    private final FailedEventPublications failed;
    private final EventPublicationProperties properties;
    private final Clock clock;
    private volatile int lastGivenUp;

    EventPublicationMaintenance(JdbcClient jdbc, FailedEventPublications failed,
                                EventPublicationProperties properties, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.failed = failed;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(fixedDelayString = "${motcua.events.redelivery-interval:1m}", initialDelayString = "PT45S")
    void scheduled() {
        markStale(clock.instant());
        redeliver(clock.instant());
        deleteCompleted(clock.instant());
        int givenUp = givenUp();
        if (givenUp > lastGivenUp) {
            log.error("{} event publication(s) failed {} deliveries and are not tried again: see the rows with "
                    + "status FAILED in event_publication and the listeners' errors above", givenUp,
                    properties.maxAttempts());
        }
        lastGivenUp = givenUp;
    }

    /** Publications whose deliveries ran out: the IT team's to look at (and to delete or deliver again by hand). */
    int givenUp() {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where completion_date is null and status = 'FAILED' and completion_attempts >= :max""")
                .param("max", properties.maxAttempts()).query(Integer.class).single();
    }

    /**
     * Marks failed the deliveries that began more than {@link EventPublicationProperties#staleAfter()} before
     * {@code now} and never finished: their node stopped or died while the event waited in its queue or its listener
     * ran (Spring Modulith would deliver them again only when a node restarts, and a node restarting delivers again
     * every incomplete publication, also those other nodes are handling). They are then delivered again like any
     * failed one, and the lost delivery counts as one of the attempts. Returns how many were marked.
     */
    int markStale(Instant now) {
        int stale = jdbc.sql("""
                        update event_publication set status = 'FAILED'
                        where completion_date is null and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
                          and coalesce(last_resubmission_date, publication_date) < :before""")
                .param("before", Timestamp.from(now.minus(properties.staleAfter()))).update();
        if (stale > 0) {
            log.warn("{} event publication(s) were still being delivered {} after their delivery began: taken as "
                    + "lost with the node that delivered them, they will be delivered again", stale,
                    properties.staleAfter());
        }
        return stale;
    }

    /** Delivers again the failed publications whose wait is over at {@code now}; returns how many were due. */
    int redeliver(Instant now) {
        // the due ones first, by the index on completion_date: Spring Modulith's own look-up reads every failed row
        List<Due> candidates = jdbc.sql("""
                        select id, completion_attempts, coalesce(last_resubmission_date, publication_date) as last_try
                        from event_publication
                        where completion_date is null and status = 'FAILED' and completion_attempts < :max
                        order by publication_date limit :limit""")
                .param("max", properties.maxAttempts()).param("limit", BATCH * 10)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getInt("completion_attempts"),
                        rs.getTimestamp("last_try").toInstant()))
                .list();
        Set<UUID> due = new HashSet<>();
        for (Due d : candidates) {
            if (due.size() < BATCH && !now.isBefore(d.lastTry().plus(properties.waitAfter(d.attempts())))) {
                due.add(d.id());
            }
        }
        if (due.isEmpty()) {
            return 0;
        }
        log.info("Delivering {} failed event publication(s) again", due.size());
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(Integer.MAX_VALUE).withMaxInFlight(BATCH * 10)
                .withFilter(p -> due.contains(p.getIdentifier())));
        return due.size();
    }

    /**
     * Deletes the publications completed before {@code now} minus the time they are kept; returns how many. In
     * statements of at most {@value #DELETE_BATCH} rows, each committed alone: the first run on a database that kept
     * every publication so far must not become one transaction of millions of rows.
     */
    int deleteCompleted(Instant now) {
        Timestamp before = Timestamp.from(now.minus(properties.keepCompleted()));
        int deleted = 0;
        int batch;
        do {
            batch = jdbc.sql("""
                            delete from event_publication where id in (
                                select id from event_publication where completion_date < :before limit :limit)""")
                    .param("before", before).param("limit", DELETE_BATCH).update();
            deleted += batch;
        } while (batch == DELETE_BATCH);
        if (deleted > 0) {
            log.info("Deleted {} event publication(s) completed more than {} ago", deleted,
                    properties.keepCompleted());
        }
        return deleted;
    }

    private record Due(UUID id, int attempts, Instant lastTry) { }
}
