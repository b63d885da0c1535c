package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.motcua.dossier.DossierFixtures.maritalStatusAtDesk;

/**
 * Dossier events go through the JDBC event publication registry: stored in the same transaction as the change,
 * delivered to other modules after commit, kept incomplete when a listener fails (to be delivered again).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DossierEventsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Listener listener;

    @Test
    void eventsAreStoredWithTheChangeAndDeliveredAfterCommit() {
        // when a desk takes in a dossier and forwards it
        String code = ApiClient.as(port, "ben-thanh.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("ben-thanh", "ben-thanh", "079190007001")).json().get("code").asString();
        ApiClient.as(port, "ben-thanh.reception").post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "FORWARD"));

        // then another module's listener receives them (asynchronously, so in any order) and they are complete
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(listener.received())
                .filteredOn(e -> code.equals(codeOf(e)))
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactlyInAnyOrder("DossierSubmitted", "DossierReceived", "StepCompleted"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(incomplete("DossierReceived"))
                .isZero());
        // one publication per event and listener: count this test's listener's (other modules listen too)
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :code"
                        + " and listener_id like '%DossierEventsIntegrationTests%'")
                .param("code", "%" + code + "%").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aFailingListenerLeavesThePublicationIncompleteForRedelivery() {
        listener.failNext().set(true);
        String code = ApiClient.as(port, "ben-thanh.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("ben-thanh", "ben-thanh", "079190007002")).json().get("code").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> !listener.failNext().get());
        assertThat(jdbc.sql("""
                        select count(*) from event_publication
                        where serialized_event like :code and completion_date is null""")
                .param("code", "%" + code + "%").query(Integer.class).single()).isPositive();
    }

    private int incomplete(String type) {
        return jdbc.sql("select count(*) from event_publication where event_type like :t and completion_date is null")
                .param("t", "%" + type).query(Integer.class).single();
    }

    private static String codeOf(Object event) {
        if (event instanceof DossierSubmitted e) {
            return e.code();
        }
        if (event instanceof DossierReceived e) {
            return e.code();
        }
        return event instanceof StepCompleted e ? e.code() : null;
    }

    @TestConfiguration
    static class ListenerConfiguration {
        @Bean
        Listener dossierEventListener() {
            return new Listener();
        }
    }

    /** Stands in for another module (monitoring, notifications) consuming dossier events. */
    static class Listener {
        private final List<Object> received = new CopyOnWriteArrayList<>();
        private final AtomicBoolean failNext = new AtomicBoolean();

        // accessed through methods: the bean is a proxy (asynchronous, transactional listeners)
        List<Object> received() {
            return received;
        }

        AtomicBoolean failNext() {
            return failNext;
        }

        @ApplicationModuleListener
        void on(DossierSubmitted event) {
            if (failNext.compareAndSet(true, false)) {
                throw new IllegalStateException("listener down");
            }
            received.add(event);
        }

        @ApplicationModuleListener
        void on(DossierReceived event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(StepCompleted event) {
            received.add(event);
        }
    }
}
