package org.motcua.documents;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Assigning an incoming document publishes {@link DocumentAssigned} with who, why and by when; a refused one none. */
@PlatformTest
class DocumentAssignedEventIntegrationTests {

    private static final List<Object> PUBLISHED = new CopyOnWriteArrayList<>();
    private static boolean listening;

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @BeforeEach
    void listen() {
        synchronized (PUBLISHED) {
            if (!listening) {
                context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof PayloadApplicationEvent<?> payload
                            && payload.getPayload() instanceof DocumentAssigned) {
                        PUBLISHED.add(payload.getPayload());
                    }
                });
                listening = true;
            }
        }
    }

    @Test
    void anAssignmentForHandlingIsPublishedWithTheAssigneeAndTheDeadline() {
        // given an incoming document of Vĩnh Hội's register
        JsonNode entry = ApiClient.as(port, "vinh-hoi.clerk").post("/api/v1/documents/incoming",
                DocumentBadInputIntegrationTests.outside("vinh-hoi")).json();
        String incomingId = entry.get("id").asString();

        // when the leader assigns it to the processor for handling in 2 working days
        JsonNode assignments = ApiClient.as(port, "vinh-hoi.leader").post("/api/v1/documents/incoming/" + incomingId
                + "/assignments", Map.of("assigneeKind", "PERSON", "assignee", "vinh-hoi.processor",
                "purpose", "HANDLE", "workingDays", 2)).json().get("assignments");
        JsonNode stored = assignments.get(assignments.size() - 1);

        // then one event says who, which document and by when
        List<DocumentAssigned> events = PUBLISHED.stream().map(DocumentAssigned.class::cast)
                .filter(e -> e.incomingId().equals(incomingId)).toList();
        assertThat(events).hasSize(1);
        DocumentAssigned e = events.get(0);
        assertThat(e.assignmentId()).isEqualTo(stored.get("id").asString());
        assertThat(e.unit()).isEqualTo("vinh-hoi");
        assertThat(e.number()).isEqualTo(entry.get("number").asInt());
        assertThat(e.year()).isEqualTo(entry.get("year").asInt());
        assertThat(e.assigneeKind()).isEqualTo("PERSON");
        assertThat(e.assignee()).isEqualTo("vinh-hoi.processor");
        assertThat(e.purpose()).isEqualTo("HANDLE");
        assertThat(e.dueAt()).isEqualTo(Instant.parse(stored.get("dueAt").asString()));
        assertThat(e.assignedBy()).isEqualTo("vinh-hoi.leader");
    }

    @Test
    void aRefusedAssignmentPublishesNothing() {
        String incomingId = ApiClient.as(port, "vinh-hoi.clerk").post("/api/v1/documents/incoming",
                DocumentBadInputIntegrationTests.outside("vinh-hoi")).json().get("id").asString();

        ApiClient.Response r = ApiClient.as(port, "vinh-hoi.leader").post("/api/v1/documents/incoming/" + incomingId
                + "/assignments", Map.of("assigneeKind", "PERSON", "assignee", "ben-thanh.processor",
                "purpose", "HANDLE", "workingDays", 2));

        assertThat(r.status()).isEqualTo(422);
        assertThat(PUBLISHED).noneMatch(e -> ((DocumentAssigned) e).incomingId().equals(incomingId));
    }
}
