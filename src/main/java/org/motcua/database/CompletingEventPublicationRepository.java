package org.motcua.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Spring Modulith's JDBC event publication repository, except that a listener's publication is marked completed by
 * the listener's own transaction ({@link ListenerTransactionCompletion}) instead of two transactions of its own
 * around it: one setting the status {@code PROCESSING} before the listener runs and one setting {@code COMPLETED}
 * after. That saved two commits for every event and listener (four of a counter submission's eight transactions),
 * and a listener's work and its completion now commit together: a crash between the two can no longer deliver an
 * event again whose handling was already committed.
 *
 * <p>A publication therefore stays {@code PUBLISHED} while its listener runs (nothing here reads
 * {@code PROCESSING}; incomplete publications are those without a completion date). When the listener has no
 * transaction of its own, or its transaction did not commit, the completion goes to the database as before.
 */
final class CompletingEventPublicationRepository implements EventPublicationRepository {

    private final EventPublicationRepository delegate;
    private final JdbcClient jdbc;

    CompletingEventPublicationRepository(EventPublicationRepository delegate, JdbcClient jdbc) {
        this.delegate = delegate;
        this.jdbc = jdbc;
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        return delegate.create(publication);
    }

    @Override
    public void markProcessing(UUID identifier) {
        ListenerCompletions.expect(identifier);
    }

    @Override
    public void markCompleted(TargetEventPublication publication, Instant completionDate) {
        if (ListenerCompletions.takeCommitted(publication.getIdentifier())) {
            publication.markCompleted(completionDate);
            return;
        }
        delegate.markCompleted(publication, completionDate);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        ListenerCompletions.forget();
        delegate.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        if (ListenerCompletions.takeCommitted(identifier)) {
            return;
        }
        delegate.markCompleted(identifier, completionDate);
    }

    @Override
    public void markFailed(UUID identifier) {
        ListenerCompletions.forget();
        // not when another delivery completed it: the failure is this delivery's, rolled back because of that
        jdbc.sql("""
                        update event_publication set status = 'FAILED'
                        where id = ? and status <> 'FAILED' and completion_date is null""")
                .params(identifier).update();
    }

    /**
     * Claims a publication for another delivery, only while it is incomplete: Spring Modulith 2.0.3's own claim also
     * takes a publication that another node completed since it was read (fixed in 2.0.9), which delivered its event
     * a second time.
     */
    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        return jdbc.sql("""
                        update event_publication
                        set status = 'RESUBMITTED', completion_attempts = completion_attempts + 1,
                            last_resubmission_date = ?
                        where id = ? and status <> 'RESUBMITTED' and completion_date is null""")
                .params(Timestamp.from(resubmissionDate), identifier).update() == 1;
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return delegate.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return delegate.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
            PublicationTargetIdentifier targetIdentifier) {
        return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return delegate.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        delegate.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        delegate.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        delegate.deleteCompletedPublicationsBefore(instant);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        return delegate.findFailedPublications(criteria);
    }

    @Override
    public List<TargetEventPublication> findByStatus(Status status) {
        return delegate.findByStatus(status);
    }

    @Override
    public int countByStatus(Status status) {
        return delegate.countByStatus(status);
    }
}
