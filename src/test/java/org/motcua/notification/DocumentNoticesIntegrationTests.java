package org.motcua.notification;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.documents.DocumentAssigned;
import org.motcua.documents.DocumentDeadlineApproaching;
import org.motcua.documents.DocumentOverdue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incoming documents: the official a document is assigned to is told in-app and by e-mail when their preferences
 * give an address, and reminded before and after the deadline, once per assignment; a division is told nothing here.
 */
class DocumentNoticesIntegrationTests extends NotificationIntegrationTest {

    private static final String UNIT = "vinh-hoi";

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theAssigneeIsToldInAppAndByEMailAndRemindedBeforeAndAfterTheDeadlineOnce() throws Exception {
        // given a processor whose preferences give an e-mail address
        String email = email("processor");
        ApiClient.Response saved = ApiClient.as(port, UNIT + ".processor").put("/api/v1/me/notification-preferences",
                Map.of("emailAddress", email));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        // when the leader assigns an incoming document to them for handling
        JsonNode entry = ApiClient.as(port, UNIT + ".clerk").post("/api/v1/documents/incoming", incoming()).json();
        JsonNode assignments = ApiClient.as(port, UNIT + ".leader").post("/api/v1/documents/incoming/"
                + entry.get("id").asString() + "/assignments", Map.of("assigneeKind", "PERSON",
                "assignee", UNIT + ".processor", "purpose", "HANDLE", "workingDays", 2)).json().get("assignments");
        JsonNode assignment = assignments.get(assignments.size() - 1);
        String assignmentId = assignment.get("id").asString();
        Instant due = Instant.parse(assignment.get("dueAt").asString());

        // then they get it in-app and by e-mail (no SMS: staff have it off by default)
        String key = "document-assigned:" + assignmentId;
        List<Row> rows = awaitMessages(key, 2);
        assertThat(rows).extracting(Row::channel).containsExactly("EMAIL", "IN_APP");
        assertThat(rows).extracting(Row::recipient).containsOnly("staff:" + UNIT + ".processor");
        String number = entry.get("number").asInt() + "/" + entry.get("year").asInt();
        assertThat(message(key, "IN_APP").subject()).isEqualTo("Văn bản đến số " + number
                + " được giao cho ông/bà xử lý");
        assertThat(message(key, "IN_APP").body()).contains("Hạn xử lý: " + Templates.when(due));
        assertThat(message(key, "IN_APP").link()).endsWith("/staff/documents/incoming/" + entry.get("id").asString());

        // when the documents module's reminders come (each delivered twice, as after a restart)
        for (int i = 0; i < 2; i++) {
            tx.executeWithoutResult(s -> {
                events.publishEvent(new DocumentDeadlineApproaching(assignmentId, entry.get("id").asString(), UNIT,
                        UNIT + ".processor", due));
                events.publishEvent(new DocumentOverdue(assignmentId, entry.get("id").asString(), UNIT,
                        UNIT + ".processor", due));
            });
        }

        // then one reminder of each kind per channel
        assertThat(awaitMessages("document-due-soon:" + assignmentId, 2)).extracting(Row::channel)
                .containsExactly("EMAIL", "IN_APP");
        assertThat(awaitMessages("document-overdue:" + assignmentId, 2)).extracting(Row::channel)
                .containsExactly("EMAIL", "IN_APP");
        Thread.sleep(1500);
        assertThat(messages("document-due-soon:" + assignmentId)).hasSize(2);
        assertThat(messages("document-overdue:" + assignmentId)).hasSize(2);
        sendAll();
        assertThat(mailsTo(email)).extracting(NotificationIntegrationTest::text).hasSize(3);
    }

    @Test
    void anAssignmentToADivisionTellsNobody() throws Exception {
        String incomingId = ApiClient.as(port, UNIT + ".clerk").post("/api/v1/documents/incoming", incoming())
                .json().get("id").asString();
        JsonNode assignments = ApiClient.as(port, UNIT + ".leader").post("/api/v1/documents/incoming/" + incomingId
                + "/assignments", Map.of("assigneeKind", "DEPARTMENT", "assignee", "Bộ phận Văn hóa - Xã hội",
                "purpose", "INFORM")).json().get("assignments");
        String assignmentId = assignments.get(assignments.size() - 1).get("id").asString();

        // the same event to a person of the unit would be told: wait for that one as the marker
        tx.executeWithoutResult(s -> events.publishEvent(new DocumentAssigned("marker-" + assignmentId, incomingId,
                UNIT, 2026, 1, "PERSON", UNIT + ".leader", "INFORM", null, UNIT + ".leader", Instant.now())));
        assertThat(awaitMessages("document-assigned:marker-" + assignmentId, 1)).extracting(Row::subject)
                .containsExactly("Văn bản đến số 1/2026 gửi ông/bà để biết");
        assertThat(messages("document-assigned:" + assignmentId)).isEmpty();
    }

    /** A letter from a ministry, registered by the clerk. */
    private static Map<String, Object> incoming() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("unit", UNIT);
        body.put("author", "Bộ Nội vụ");
        body.put("symbol", "123/BNV-VP");
        body.put("documentDate", "2026-01-05");
        body.put("type", "CONG_VAN");
        body.put("summary", "Về việc hướng dẫn công tác văn thư");
        return body;
    }
}
