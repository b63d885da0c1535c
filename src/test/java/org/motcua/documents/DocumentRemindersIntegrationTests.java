package org.motcua.documents;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders before and after a handling deadline: once each, even with two scans (nodes) at the same time. */
@PlatformTest
class DocumentRemindersIntegrationTests {

    private static final List<Object> PUBLISHED = new CopyOnWriteArrayList<>();
    private static boolean listening;

    @LocalServerPort
    int port;

    @Autowired
    ReminderScan scan;

    @Autowired
    ConfigurableApplicationContext context;

    @BeforeEach
    void listen() {
        synchronized (PUBLISHED) {
            if (!listening) {
                context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof PayloadApplicationEvent<?> payload) {
                        PUBLISHED.add(payload.getPayload());
                    }
                });
                listening = true;
            }
        }
    }

    @Test
    void approachingAndOverdueArePublishedOnceEachFromParallelScans() throws Exception {
        JsonNode assignment = assign("vinh-hoi.processor", 2);
        String id = assignment.get("id").asString();
        Instant due = Instant.parse(assignment.get("dueAt").asString());

        parallelScans(due.minusSeconds(60));
        parallelScans(due.minusSeconds(30));

        assertThat(count(DocumentDeadlineApproaching.class, id)).isEqualTo(1);
        assertThat(count(DocumentOverdue.class, id)).isZero();

        parallelScans(due.plusSeconds(60));
        parallelScans(due.plusSeconds(3600));

        assertThat(count(DocumentOverdue.class, id)).isEqualTo(1);
        assertThat(count(DocumentDeadlineApproaching.class, id)).isEqualTo(1);
        DocumentOverdue overdue = PUBLISHED.stream().filter(DocumentOverdue.class::isInstance)
                .map(DocumentOverdue.class::cast).filter(e -> e.assignmentId().equals(id)).findFirst().orElseThrow();
        assertThat(overdue.unit()).isEqualTo("vinh-hoi");
        assertThat(overdue.assignee()).isEqualTo("vinh-hoi.processor");
        assertThat(overdue.dueAt()).isEqualTo(due);
    }

    @Test
    void aClosedAssignmentGetsNoReminder() {
        JsonNode assignment = assign("vinh-hoi.leader", 1);
        String id = assignment.get("id").asString();
        Instant due = Instant.parse(assignment.get("dueAt").asString());
        ApiClient.as(port, "vinh-hoi.leader").post("/api/v1/documents/assignments/" + id + "/close",
                Map.of("replySymbol", "03/UBND-VP"));

        scan.scan(due.plusSeconds(60));

        assertThat(count(DocumentDeadlineApproaching.class, id)).isZero();
        assertThat(count(DocumentOverdue.class, id)).isZero();
    }

    private JsonNode assign(String assignee, int workingDays) {
        ApiClient clerk = ApiClient.as(port, "vinh-hoi.clerk");
        String entry = clerk.post("/api/v1/documents/incoming", DocumentBadInputIntegrationTests.outside("vinh-hoi"))
                .json().get("id").asString();
        JsonNode assignments = ApiClient.as(port, "vinh-hoi.leader").post("/api/v1/documents/incoming/" + entry
                + "/assignments", Map.of("assigneeKind", "PERSON", "assignee", assignee, "purpose", "HANDLE",
                "workingDays", workingDays)).json().get("assignments");
        return assignments.get(assignments.size() - 1);
    }

    private void parallelScans(Instant at) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.submit(() -> scan.scan(at));
        pool.submit(() -> scan.scan(at));
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    private static long count(Class<?> type, String assignmentId) {
        return PUBLISHED.stream().filter(type::isInstance).filter(e -> {
            if (e instanceof DocumentOverdue o) {
                return o.assignmentId().equals(assignmentId);
            }
            return e instanceof DocumentDeadlineApproaching a && a.assignmentId().equals(assignmentId);
        }).count();
    }
}
