package org.motcua.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A listener's event publication is completed by the listener's own transaction: its work and its completion commit
 * together or not at all, and no transaction of the registry's own is spent on it.
 */
@SpringBootTest
class ListenerTransactionCompletionIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Listeners listeners;

    @Test
    void publicationIsCompletedInTheListenersOwnTransaction() {
        String id = publish(new Handled(UUID.randomUUID().toString(), false));

        await().atMost(Duration.ofSeconds(10)).until(() -> completed(id, "Handled"));
        // the row was last written by the listener's transaction: the transaction the listener ran in
        assertThat(lastWriter(id, "Handled")).isEqualTo(listeners.transactionOf(id) & 0xFFFFFFFFL);
        assertThat(status(id, "Handled")).isEqualTo("COMPLETED");
        assertThat(outcome(listeners.transactionOf(id))).isEqualTo("committed");
    }

    @Test
    void aListenerThatFailsLeavesItsPublicationIncompleteAndItsWorkUndone() {
        String id = publish(new Handled(UUID.randomUUID().toString(), true));

        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(id, "Handled")));
        assertThat(completed(id, "Handled")).isFalse();
        // the listener's transaction rolled back, the completion with it
        assertThat(outcome(listeners.transactionOf(id))).isEqualTo("aborted");
    }

    @Test
    void aListenerWithoutItsOwnTransactionIsCompletedByTheRegistryAfterItReturns() {
        String id = publish(new Unowned(UUID.randomUUID().toString(), false));

        await().atMost(Duration.ofSeconds(10)).until(() -> completed(id, "Unowned"));
        // not by the transaction the listener opened inside: that one committed before the listener had returned
        assertThat(lastWriter(id, "Unowned")).isNotEqualTo(listeners.transactionOf(id) & 0xFFFFFFFFL);
    }

    @Test
    void aListenerWithoutItsOwnTransactionThatFailsAfterAnInnerCommitStaysIncomplete() {
        String id = publish(new Unowned(UUID.randomUUID().toString(), true));

        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(id, "Unowned")));
        assertThat(outcome(listeners.transactionOf(id))).isEqualTo("committed");
        assertThat(completed(id, "Unowned")).isFalse();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aDeliveryThatFindsItsPublicationCompletedByAnotherIsRolledBack(CapturedOutput output) throws Exception {
        String id = UUID.randomUUID().toString();
        CountDownLatch listenerRunning = listeners.hold(id);
        publish(new Slow(id));
        assertThat(listenerRunning.await(10, TimeUnit.SECONDS)).as("the listener started").isTrue();

        // another delivery of the same publication (a restarted node's) completes it while this one still runs, and
        // is still committing when this one reaches its completion: this one waits for it, then sees it completed
        new TransactionTemplate(transactionManager).executeWithoutResult(other -> {
            jdbc.sql("""
                            update event_publication set status = 'COMPLETED', completion_date = now()
                            where serialized_event like :id""").param("id", "%" + id + "%").update();
            listeners.release(id);
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "select count(*) from pg_locks where locktype = 'transactionid' and not granted")
                    .query(Integer.class).single() > 0);
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> listeners.transactionOf(id) != null
                && "aborted".equals(outcome(listeners.transactionOf(id))));
        assertThat(status(id, "Slow")).as("left as the other delivery completed it, not failed")
                .isEqualTo("COMPLETED");
        assertThat(completed(id, "Slow")).isTrue();
        // expected, so one warning line for the IT team rather than an error with a stack trace
        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("completed by another delivery"));
        assertThat(output.getOut().lines().filter(line -> line.contains("completed by another delivery")
                && line.contains(" WARN ") && line.contains("ListenerFailureLogging"))).hasSize(1);
        assertThat(output.getOut()).doesNotContain("Unexpected exception occurred invoking async");
    }

    @Test
    void onlyTransactionalListenerMethodsAreRecognisedByTheirTransactionName() {
        assertThat(ListenerTransactionCompletion.namesTransactionalListener(Listeners.class.getName() + ".on"))
                .isTrue();
        assertThat(ListenerTransactionCompletion.namesTransactionalListener(Listeners.class.getName() + ".onUnowned"))
                .isFalse();
        assertThat(ListenerTransactionCompletion.namesTransactionalListener(Listeners.class.getName() + ".transactionOf"))
                .isFalse();
        assertThat(ListenerTransactionCompletion.namesTransactionalListener("org.motcua.NoSuchClass.on")).isFalse();
        assertThat(ListenerTransactionCompletion.namesTransactionalListener("noDot")).isFalse();
        assertThat(ListenerTransactionCompletion.namesTransactionalListener(null)).isFalse();
    }

    private String publish(Object event) {
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(event));
        } catch (IllegalStateException listenerDown) {
            // a synchronous listener's failure after commit reaches the publisher; the event was stored before
        }
        if (event instanceof Handled h) {
            return h.id();
        }
        return event instanceof Unowned u ? u.id() : ((Slow) event).id();
    }

    private boolean completed(String id, String type) {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where serialized_event like :id and event_type like :type and completion_date is not null""")
                .param("id", "%" + id + "%").param("type", "%" + type).query(Integer.class).single() == 1;
    }

    private String status(String id, String type) {
        return jdbc.sql("select status from event_publication where serialized_event like :id and event_type like :type")
                .param("id", "%" + id + "%").param("type", "%" + type).query(String.class).optional().orElse(null);
    }

    private String outcome(Long transaction) {
        assertThat(transaction).as("the listener ran").isNotNull();
        return jdbc.sql("select pg_xact_status(:xid::text::xid8)").param("xid", transaction).query(String.class).single();
    }

    private long lastWriter(String id, String type) {
        return jdbc.sql("select xmin::text from event_publication where serialized_event like :id and event_type like :type")
                .param("id", "%" + id + "%").param("type", "%" + type).query(Long.class).single();
    }

    record Handled(String id, boolean fail) { }

    record Unowned(String id, boolean fail) { }

    record Slow(String id) { }

    @TestConfiguration
    static class ListenerConfiguration {
        @Bean
        Listeners completionTestListeners(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
            return new Listeners(jdbc, transactionManager);
        }
    }

    static class Listeners {
        private final JdbcClient jdbc;
        private final TransactionTemplate inner;
        private final Map<String, Long> transactions = new ConcurrentHashMap<>();
        private final Map<String, CountDownLatch[]> held = new ConcurrentHashMap<>();

        Listeners(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
            this.jdbc = jdbc;
            this.inner = new TransactionTemplate(transactionManager);
            this.inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }

        Long transactionOf(String id) {
            return transactions.get(id);
        }

        /** The listener of {@link Slow} will count the returned latch down when it runs, then wait for release. */
        CountDownLatch hold(String id) {
            CountDownLatch[] latches = {new CountDownLatch(1), new CountDownLatch(1)};
            held.put(id, latches);
            return latches[0];
        }

        void release(String id) {
            held.get(id)[1].countDown();
        }

        @ApplicationModuleListener
        void onSlow(Slow event) throws InterruptedException {
            transactions.put(event.id(), currentTransaction());
            CountDownLatch[] latches = held.get(event.id());
            latches[0].countDown();
            latches[1].await(30, TimeUnit.SECONDS);
            jdbc.sql("select 1").query(Integer.class).single();
        }

        /** Runs asynchronously in a transaction of its own, like every listener of another module. */
        @ApplicationModuleListener
        void on(Handled event) {
            transactions.put(event.id(), currentTransaction());
            if (event.fail()) {
                throw new IllegalStateException("listener down");
            }
        }

        /** No transaction of its own: what it writes goes through a transaction it opens inside. */
        @TransactionalEventListener
        void onUnowned(Unowned event) {
            inner.executeWithoutResult(status -> transactions.put(event.id(), currentTransaction()));
            if (event.fail()) {
                throw new IllegalStateException("listener down after its inner commit");
            }
        }

        private long currentTransaction() {
            return jdbc.sql("select pg_current_xact_id()::text").query(Long.class).single();
        }
    }
}
