package org.motcua.documents;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.documents.DocumentFixtures.draft;
import static org.motcua.documents.DocumentFixtures.drafted;
import static org.motcua.documents.DocumentFixtures.issue;

/** A decision of the city People's Committee to three wards: delivered, assigned, handled and closed with a reply. */
@PlatformTest
class DocumentLifecycleIntegrationTests {

    private static final List<String> WARDS = List.of("hiep-binh", "tam-binh", "thu-duc");

    @LocalServerPort
    int port;

    @Test
    void aCityDecisionReachesThreeWardsWithTheirOwnNumbersAndIsHandledToTheReply() {
        // given a decision drafted at the city, with its PDF
        String id = drafted(port, "city.processor", draft("tp-ho-chi-minh", "QĐ",
                "Ban hành kế hoạch chuyển đổi số năm 2026", WARDS));
        ApiClient.Response file = ApiClient.as(port, "city.processor").upload("/api/v1/documents/outgoing/" + id
                + "/files", Map.of(), "qd.pdf", DocumentFixtures.pdf("Quyết định về chuyển đổi số"));
        assertThat(file.status()).as(file.toString()).isEqualTo(201);

        // when the city's clerk issues it
        ApiClient.Response issued = issue(port, "city.clerk", id);

        // then it has a Decree 30 number and symbol, and each ward has it in its incoming register
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        JsonNode doc = issued.json();
        assertThat(doc.get("status").asString()).isEqualTo("ISSUED");
        assertThat(doc.get("symbol").asString()).matches("\\d{2,}/QĐ-UBND");
        Map<String, String> entries = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (String ward : WARDS) {
            JsonNode register = ApiClient.as(port, ward + ".clerk")
                    .get("/api/v1/documents/registers/incoming?unit=" + ward).json();
            JsonNode row = findRow(register, doc.get("symbol").asString());
            assertThat(row).as(ward + " register").isNotNull();
            String entryId = row.get("documentId").asString();
            ids.add(entryId);
            entries.put(ward, entryId);
            JsonNode entry = ApiClient.as(port, ward + ".clerk").get("/api/v1/documents/incoming/" + entryId).json();
            assertThat(entry.get("unit").asString()).isEqualTo(ward);
            assertThat(entry.get("number").asInt()).isPositive();
            assertThat(entry.get("author").asString()).isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh");
            assertThat(entry.get("fromPlatform").asBoolean()).isTrue();
            assertThat(entry.get("files")).hasSize(1);
            // passed on the same working day (after the cut-off or on a day off: the next one), per the calendar
            String received = entry.get("receivedAt").asString();
            String sameDay = ApiClient.anonymous(port).get("/api/v1/calendar/due?workingDays=0&from="
                    + java.net.URLEncoder.encode(java.time.Instant.parse(received).atOffset(java.time.ZoneOffset
                    .ofHours(7)).toString(), java.nio.charset.StandardCharsets.UTF_8)).json().get("due").asString();
            assertThat(java.time.Instant.parse(entry.get("passOnDue").asString()))
                    .isEqualTo(java.time.OffsetDateTime.parse(sameDay).toInstant());
            assertThat(row.get("cells").get(1).asString()).isEqualTo(String.format("%02d", entry.get("number").asInt()));
        }
        assertThat(ids).hasSize(3);

        // each ward sees only its own entry; nobody at a ward sees the city's outgoing document itself
        assertThat(ApiClient.as(port, "tam-binh.leader").get("/api/v1/documents/incoming/" + entries.get("hiep-binh"))
                .status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "hiep-binh.leader").get("/api/v1/documents/outgoing/" + id).status())
                .isEqualTo(404);
        assertThat(ApiClient.as(port, "ben-thanh.clerk").get("/api/v1/documents/incoming/" + entries.get("thu-duc"))
                .status()).isEqualTo(404);

        // the ward leader assigns it to a processor for handling within 5 working days, and to a division to know
        String entry = entries.get("hiep-binh");
        ApiClient leader = ApiClient.as(port, "hiep-binh.leader");
        ApiClient.Response assigned = leader.post("/api/v1/documents/incoming/" + entry + "/assignments",
                Map.of("assigneeKind", "PERSON", "assignee", "hiep-binh.processor", "purpose", "HANDLE",
                        "workingDays", 5, "note", "Chủ trì tham mưu"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        assertThat(leader.post("/api/v1/documents/incoming/" + entry + "/assignments", Map.of("assigneeKind",
                "DEPARTMENT", "assignee", "Phòng Văn hóa - Xã hội", "purpose", "INFORM")).status()).isEqualTo(201);
        JsonNode handling = assigned.json().get("assignments").get(0);
        assertThat(handling.get("dueAt").asString()).isNotBlank();
        String assignment = handling.get("id").asString();

        // the handler reports progress and closes with the reply's number
        ApiClient processor = ApiClient.as(port, "hiep-binh.processor");
        assertThat(processor.post("/api/v1/documents/assignments/" + assignment + "/progress",
                Map.of("note", "Đã xây dựng dự thảo kế hoạch")).status()).isEqualTo(200);
        ApiClient.Response closed = processor.post("/api/v1/documents/assignments/" + assignment + "/close",
                Map.of("replySymbol", "15/UBND-VX"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode closedAssignment = closed.json().get("assignments").get(0);
        assertThat(closedAssignment.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closedAssignment.get("progress").get(0).get("note").asString())
                .isEqualTo("Đã xây dựng dự thảo kế hoạch");

        // the tracking register shows the deadline and the reply
        JsonNode tracking = leader.get("/api/v1/documents/registers/tracking?unit=hiep-binh").json();
        JsonNode row = findRow(tracking, doc.get("symbol").asString());
        assertThat(row).isNotNull();
        assertThat(row.get("cells").get(5).asString()).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(row.get("cells").get(7).asString()).isEqualTo("15/UBND-VX");
        assertThat(row.get("cells").get(6).asString()).startsWith("Đã giải quyết");
        // the incoming register names who received it
        JsonNode incomingRow = findRow(leader.get("/api/v1/documents/registers/incoming?unit=hiep-binh").json(),
                doc.get("symbol").asString());
        assertThat(incomingRow.get("cells").get(6).asString()).contains("hiep-binh.processor");
        // and the city's outgoing register lists the three wards as recipients
        JsonNode outgoingRow = findRow(ApiClient.as(port, "city.clerk")
                .get("/api/v1/documents/registers/outgoing?unit=tp-ho-chi-minh").json(), doc.get("symbol").asString());
        assertThat(outgoingRow.get("cells").get(4).asString()).contains("Phường Hiệp Bình", "Phường Tam Bình",
                "Phường Thủ Đức", "Lưu: VT");
        assertThat(outgoingRow.get("cells").get(3).asString()).isEqualTo("TM. Chủ tịch Nguyễn Văn An");
    }

    @Test
    void closingTwiceOrByAnotherProcessorIsRefused() {
        String id = drafted(port, "city.processor", draft("tp-ho-chi-minh", "TB", "Thông báo lịch tiếp dân",
                List.of("linh-xuan")));
        String symbol = issue(port, "city.clerk", id).json().get("symbol").asString();
        String entry = findRow(ApiClient.as(port, "linh-xuan.leader")
                .get("/api/v1/documents/registers/incoming?unit=linh-xuan").json(), symbol).get("documentId").asString();
        String assignment = ApiClient.as(port, "linh-xuan.leader").post("/api/v1/documents/incoming/" + entry
                        + "/assignments", Map.of("assigneeKind", "PERSON", "assignee", "linh-xuan.clerk",
                        "purpose", "HANDLE", "workingDays", 2)).json().get("assignments").get(0).get("id").asString();

        ApiClient.Response other = ApiClient.as(port, "linh-xuan.processor")
                .post("/api/v1/documents/assignments/" + assignment + "/close", Map.of("replySymbol", "1/UBND-VP"));
        ApiClient.Response noReply = ApiClient.as(port, "linh-xuan.clerk")
                .post("/api/v1/documents/assignments/" + assignment + "/close", Map.of());
        ApiClient.Response first = ApiClient.as(port, "linh-xuan.clerk")
                .post("/api/v1/documents/assignments/" + assignment + "/close", Map.of("replySymbol", "1/UBND-VP"));
        ApiClient.Response again = ApiClient.as(port, "linh-xuan.clerk")
                .post("/api/v1/documents/assignments/" + assignment + "/close", Map.of("replySymbol", "1/UBND-VP"));

        assertThat(other.status()).isEqualTo(403);
        assertThat(noReply.status()).isEqualTo(422);
        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("document-status-conflict");
    }

    static JsonNode findRow(JsonNode register, String symbol) {
        for (JsonNode row : register.get("rows")) {
            for (JsonNode cell : row.get("cells")) {
                if (cell.asString().equals(symbol) || cell.asString().startsWith(symbol + ",")) {
                    return row;
                }
            }
        }
        return null;
    }
}
