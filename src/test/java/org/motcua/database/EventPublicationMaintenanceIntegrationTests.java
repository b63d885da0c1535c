package org.motcua.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A failed delivery is tried again after a wait that doubles with each failure, until the attempts run out; completed
 * publications are deleted once they are older than the time they are kept. The schedule is slowed down here so that
 * each test drives the maintenance itself, at instants of its choosing.
 */
@SpringBootTest(properties = "motcua.events.redelivery-interval=1h")
class EventPublicationMaintenanceIntegrationTests {

    @Autowired
    EventPublicationMaintenance maintenance;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Flaky flaky;

    @Autowired
    EventPublicationRepository repository;

    @Test
    void aFailedDeliveryIsTriedAgainOnceItsWaitIsOverAndThenCompleted() {
        String id = publish(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(id)));
        Instant failedAt = Instant.now();

        assertThat(maintenance.redeliver(failedAt)).as("the first wait (1 min) is not over").isZero();
        assertThat(maintenance.redeliver(failedAt.plus(Duration.ofMinutes(2)))).isPositive();

        await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(status(id)));
        assertThat(flaky.deliveries(id)).isEqualTo(2);
        maintenance.redeliver(failedAt.plus(Duration.ofHours(7)));
        assertThat(flaky.deliveries(id)).as("a completed publication is not delivered again").isEqualTo(2);
    }

    @Test
    void theWaitDoublesAfterEachFailureUpToSixHours() {
        EventPublicationProperties p = new EventPublicationProperties(Duration.ofMinutes(1), 8,
                Duration.ofDays(30), Duration.ofMinutes(15));
        assertThat(p.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.waitAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(p.waitAfter(30)).isEqualTo(Duration.ofHours(6));
        assertThatThrownBy(() -> new EventPublicationProperties(Duration.ofMinutes(1), 0,
                Duration.ofDays(30), Duration.ofMinutes(15))).hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> new EventPublicationProperties(Duration.ofMinutes(1), 8,
                Duration.ZERO, Duration.ofMinutes(15))).hasMessageContaining("keep-completed");
        assertThatThrownBy(() -> new EventPublicationProperties(Duration.ofMinutes(1), 8,
                Duration.ofDays(30), Duration.ZERO)).hasMessageContaining("stale-after");
    }

    @Test
    void aPublicationWhoseAttemptsRanOutIsLeftFailed() {
        String id = publish(Integer.MAX_VALUE);
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(id)));
        // seven redeliveries already failed
        jdbc.sql("update event_publication set completion_attempts = 8 where serialized_event like :id")
                .param("id", "%" + id + "%").update();

        maintenance.redeliver(Instant.now().plus(Duration.ofDays(1)));

        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(flaky.deliveries(id)).isEqualTo(1);
        assertThat(maintenance.givenUp()).as("counted for the IT team's alert").isPositive();
    }

    @Test
    void aDeliveryItsNodeNeverFinishedIsDeliveredAgainOnceStale() {
        String id = publish(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(id)));
        // the node died while delivering it: nothing recorded the outcome
        jdbc.sql("update event_publication set status = 'PUBLISHED' where serialized_event like :id")
                .param("id", "%" + id + "%").update();
        Instant now = Instant.now();

        assertThat(maintenance.markStale(now.plus(Duration.ofMinutes(14)))).as("may still be running").isZero();
        assertThat(maintenance.redeliver(now.plus(Duration.ofMinutes(14)))).isZero();
        assertThat(status(id)).isEqualTo("PUBLISHED");

        assertThat(maintenance.markStale(now.plus(Duration.ofMinutes(16)))).isPositive();
        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(maintenance.redeliver(now.plus(Duration.ofMinutes(16)))).isPositive();
        await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(status(id)));
        assertThat(flaky.deliveries(id)).isEqualTo(2);
    }

    @Test
    void aRedeliveryItsNodeNeverFinishedIsStaleCountedFromItsOwnStart() {
        String id = publish(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(id)));
        // claimed for a second delivery an hour after the event, then the node died
        jdbc.sql("""
                        update event_publication set status = 'RESUBMITTED', completion_attempts = 2,
                            publication_date = now() - interval '1 hour', last_resubmission_date = now()
                        where serialized_event like :id""").param("id", "%" + id + "%").update();
        Instant now = Instant.now();

        assertThat(maintenance.markStale(now.plus(Duration.ofMinutes(10)))).isZero();
        assertThat(status(id)).isEqualTo("RESUBMITTED");
        assertThat(maintenance.markStale(now.plus(Duration.ofMinutes(16)))).isPositive();
        assertThat(maintenance.redeliver(now.plus(Duration.ofMinutes(16))))
                .as("its wait after two attempts, 2 min, is over").isPositive();
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(id)) && flaky.deliveries(id) == 2);
        assertThat(attempts(id)).as("the lost delivery counted").isEqualTo(3);
    }

    @Test
    void completedPublicationsAreDeletedWhenOlderThanTheTimeTheyAreKept() {
        String done = publish(0);
        String failing = publish(Integer.MAX_VALUE);
        await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(status(done))
                && "FAILED".equals(status(failing)));
        Instant now = Instant.now();

        maintenance.deleteCompleted(now.plus(Duration.ofDays(29)));
        assertThat(status(done)).as("kept 30 days").isEqualTo("COMPLETED");

        assertThat(maintenance.deleteCompleted(now.plus(Duration.ofDays(31)))).isPositive();
        assertThat(status(done)).isNull();
        assertThat(status(failing)).as("an incomplete publication is never deleted").isEqualTo("FAILED");
    }

    @Test
    void aBacklogOfOldPublicationsIsDeletedInSeveralStatements() {
        // a database that kept every publication so far: more than one statement's worth (10,000)
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts)
                select gen_random_uuid(), 'backlog.Listener.on(x)', 'backlog.Event', '{"n":' || n || '}',
                    now() - interval '40 days', now() - interval '40 days', 'COMPLETED', 1
                from generate_series(1, 10050) n""").update();

        assertThat(maintenance.deleteCompleted(Instant.now())).isGreaterThanOrEqualTo(10050);
        assertThat(jdbc.sql("select count(*) from event_publication where listener_id = 'backlog.Listener.on(x)'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyAnIncompletePublicationCanBeClaimedForAnotherDelivery() {
        String done = publish(0);
        String failing = publish(Integer.MAX_VALUE);
        await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(status(done))
                && "FAILED".equals(status(failing)));

        // another node completed it after this one read it as failed: it must not be delivered again
        assertThat(repository.markResubmitted(id(done), Instant.now())).isFalse();
        assertThat(status(done)).isEqualTo("COMPLETED");

        assertThat(repository.markResubmitted(id(failing), Instant.now())).isTrue();
        assertThat(status(failing)).isEqualTo("RESUBMITTED");
        assertThat(repository.markResubmitted(id(failing), Instant.now())).as("claimed once").isFalse();
    }

    private UUID id(String eventId) {
        return jdbc.sql("select id from event_publication where serialized_event like :id")
                .param("id", "%" + eventId + "%").query(UUID.class).single();
    }

    private String publish(int failures) {
        String id = UUID.randomUUID().toString();
        flaky.failFirst(id, failures);
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> events.publishEvent(new Checked(id)));
        return id;
    }

    private int attempts(String id) {
        return jdbc.sql("select completion_attempts from event_publication where serialized_event like :id")
                .param("id", "%" + id + "%").query(Integer.class).single();
    }

    private String status(String id) {
        return jdbc.sql("select status from event_publication where serialized_event like :id")
                .param("id", "%" + id + "%").query(String.class).optional().orElse(null);
    }

    record Checked(String id) { }

    @TestConfiguration
    static class ListenerConfiguration {
        @Bean
        Flaky flakyListener() {
            return new Flaky();
        }
    }

    /** Another module's listener that fails its first deliveries of an event. */
    static class Flaky {
        private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

        void failFirst(String id, int failures) {
            failuresLeft.put(id, failures);
        }

        int deliveries(String id) {
            return deliveries.computeIfAbsent(id, k -> new AtomicInteger()).get();
        }

        @ApplicationModuleListener
        void on(Checked event) {
            deliveries.computeIfAbsent(event.id(), k -> new AtomicInteger()).incrementAndGet();
            if (failuresLeft.merge(event.id(), -1, Integer::sum) >= 0) {
                throw new IllegalStateException("listener down");
            }
        }
    }
}
