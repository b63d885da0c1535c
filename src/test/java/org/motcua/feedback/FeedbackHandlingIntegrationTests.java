package org.motcua.feedback;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.feedback.FeedbackFixtures.BEN_THANH_LAT;
import static org.motcua.feedback.FeedbackFixtures.BEN_THANH_LON;
import static org.motcua.feedback.FeedbackFixtures.POTHOLE;
import static org.motcua.feedback.FeedbackFixtures.awaitAssigned;
import static org.motcua.feedback.FeedbackFixtures.contains;
import static org.motcua.feedback.FeedbackFixtures.report;

@PlatformTest
@RecordApplicationEvents
class FeedbackHandlingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    FeedbackDeadlines deadlines;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aReportIsHandledEndToEndAndThePublicSeesTheAnswerButNotTheReporter() {
        // given a report with a phone photo that carries GPS Exif, and the reporter's contact
        String address = FeedbackFixtures.freshAddress();
        ApiClient.Response created = FeedbackFixtures.multipart(port, "/api/v1/feedback/public/reports", null, address,
                Map.of("category", POTHOLE, "description", "Ổ gà sâu cổng Bến Thành",
                        "latitude", String.valueOf(BEN_THANH_LAT), "longitude", String.valueOf(BEN_THANH_LON),
                        "contactName", "Trần Thị Mai", "contactPhone", "0987654321",
                        "contactEmail", "mai@example.vn"),
                List.of(FeedbackFixtures.jpegWithGps()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.json().get("followToken").asString();
        long id = created.json().get("id").asLong();
        JsonNode view = awaitAssigned(port, token, Duration.ofSeconds(60));
        assertThat(view.get("report").get("unit").asString()).isEqualTo("ben-thanh");

        // the stored photo has no location metadata
        long photoId = view.get("photos").get(0).get("id").asLong();
        byte[] stored = FeedbackFixtures.bytes(port, "/api/v1/feedback/public/follow/" + token + "/photos/" + photoId);
        assertThat(contains(stored, "Exif".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(contains(stored, FeedbackFixtures.gpsLatitudeBytes())).isFalse();
        assertThat(stored).isEqualTo(FeedbackFixtures.plainJpeg());
        // and is not public (the reporter's photos are for the unit and the reporter)
        assertThat(FeedbackFixtures.get(port, "/api/v1/feedback/public/reports/" + id + "/photos/" + photoId)
                .status()).isEqualTo(404);

        // when Bến Thành's processor starts and answers with a photo
        ApiClient processor = ApiClient.as(port, "ben-thanh.processor");
        JsonNode staffView = processor.get("/api/v1/feedback/reports/" + id).json();
        assertThat(staffView.get("contactPhone").asString()).isEqualTo("0987654321");
        assertThat(processor.post("/api/v1/feedback/reports/" + id + "/actions", Map.of("action", "START")).status())
                .isEqualTo(200);
        ApiClient.Response answered = FeedbackFixtures.multipart(port, "/api/v1/feedback/reports/" + id + "/answer",
                basic("ben-thanh.processor"), address, Map.of("text", "Đã vá ổ gà ngày 27/11."),
                List.of(FeedbackFixtures.png()));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

        // then the public sees the answer and its photo, without the reporter's name, phone or e-mail
        ApiClient.Response publicView = ApiClient.anonymous(port).get("/api/v1/feedback/public/reports/" + id);
        assertThat(publicView.json().get("status").asString()).isEqualTo("ANSWERED");
        assertThat(publicView.json().get("answer").asString()).isEqualTo("Đã vá ổ gà ngày 27/11.");
        assertThat(publicView.json().get("answeredOnTime").asBoolean()).isTrue();
        assertThat(publicView.body()).doesNotContain("Trần Thị Mai", "0987654321", "mai@example.vn",
                "followToken", token);
        long answerPhoto = publicView.json().get("answerPhotos").get(0).asLong();
        assertThat(FeedbackFixtures.bytes(port, "/api/v1/feedback/public/reports/" + id + "/photos/" + answerPhoto))
                .isEqualTo(FeedbackFixtures.png());
        ApiClient.Response list = ApiClient.anonymous(port).get("/api/v1/feedback/public/reports?unit=ben-thanh&size=200");
        assertThat(list.body()).contains("Ổ gà sâu cổng Bến Thành").doesNotContain("0987654321", "Trần Thị Mai");

        // and the reporter rates the answer and is satisfied: closed, with the whole history
        ApiClient reporter = FeedbackFixtures.anonymous(port);
        assertThat(reporter.post("/api/v1/feedback/public/follow/" + token + "/rating",
                Map.of("rating", 5, "comment", "Nhanh")).status()).isEqualTo(200);
        JsonNode closed = reporter.post("/api/v1/feedback/public/follow/" + token + "/accept", "{}").json();
        assertThat(closed.get("report").get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("report").get("rating").asInt()).isEqualTo(5);
        assertThat(closed.get("history").findValuesAsString("action"))
                .containsExactly("RECEIVE", "ASSIGN", "START", "ANSWER", "RATE", "CLOSE");
    }

    @Test
    void theHistoryIsAppendOnly() {
        JsonNode created = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report(POTHOLE, "Ổ gà", BEN_THANH_LAT, BEN_THANH_LON)).json();
        long id = created.get("id").asLong();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update feedback_history set note = 'changed' where report_id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "delete from feedback_history where report_id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void onlyProcessorsAndLeadersOfTheAssignedUnitHandleAReport() {
        JsonNode created = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report(POTHOLE, "Ổ gà", BEN_THANH_LAT, BEN_THANH_LON)).json();
        long id = created.get("id").asLong();
        awaitAssigned(port, created.get("followToken").asString(), Duration.ofSeconds(60));
        Map<String, String> start = Map.of("action", "START");
        assertThat(ApiClient.as(port, "sai-gon.processor").post("/api/v1/feedback/reports/" + id + "/actions", start)
                .status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "ben-thanh.clerk").post("/api/v1/feedback/reports/" + id + "/actions", start)
                .status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "city.auditor").post("/api/v1/feedback/reports/" + id + "/actions", start)
                .status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "sai-gon.processor").get("/api/v1/feedback/reports/" + id).status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/v1/feedback/reports/" + id).status()).isEqualTo(401);
        assertThat(ApiClient.as(port, "ben-thanh.leader").post("/api/v1/feedback/reports/" + id + "/actions", start)
                .status()).isEqualTo(200);
        // a second START is not allowed in status IN_PROGRESS
        ApiClient.Response again = ApiClient.as(port, "ben-thanh.leader")
                .post("/api/v1/feedback/reports/" + id + "/actions", start);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("feedback-action-not-allowed");
        assertThat(again.json().get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aUnitTransfersAReportWithAReasonAndTheOtherUnitHandlesIt() {
        JsonNode created = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report(POTHOLE, "Ổ gà ranh giới hai phường", BEN_THANH_LAT, BEN_THANH_LON)).json();
        long id = created.get("id").asLong();
        awaitAssigned(port, created.get("followToken").asString(), Duration.ofSeconds(60));
        ApiClient.Response noReason = ApiClient.as(port, "ben-thanh.processor").post(
                "/api/v1/feedback/reports/" + id + "/actions", Map.of("action", "TRANSFER", "toUnit", "sai-gon"));
        assertThat(noReason.status()).isEqualTo(400);
        JsonNode moved = ApiClient.as(port, "ben-thanh.processor").post("/api/v1/feedback/reports/" + id + "/actions",
                Map.of("action", "TRANSFER", "toUnit", "sai-gon", "reason", "Vị trí thuộc Phường Sài Gòn")).json();
        assertThat(moved.get("report").get("unit").asString()).isEqualTo("sai-gon");
        assertThat(moved.get("history").get(moved.get("history").size() - 1).get("note").asString())
                .isEqualTo("Vị trí thuộc Phường Sài Gòn");
        assertThat(ApiClient.as(port, "sai-gon.processor").post("/api/v1/feedback/reports/" + id + "/actions",
                Map.of("action", "ANSWER", "text", "Đã xử lý")).status()).isEqualTo(200);
    }

    @Test
    void theReporterReopensAnAnswerWithAReason() {
        JsonNode created = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report(POTHOLE, "Ổ gà", BEN_THANH_LAT, BEN_THANH_LON)).json();
        long id = created.get("id").asLong();
        String token = created.get("followToken").asString();
        awaitAssigned(port, token, Duration.ofSeconds(60));
        ApiClient.as(port, "ben-thanh.processor").post("/api/v1/feedback/reports/" + id + "/actions",
                Map.of("action", "ANSWER", "text", "Đã vá"));
        ApiClient reporter = FeedbackFixtures.anonymous(port);
        assertThat(reporter.post("/api/v1/feedback/public/follow/" + token + "/reopen", Map.of()).status())
                .isEqualTo(400);
        JsonNode reopened = reporter.post("/api/v1/feedback/public/follow/" + token + "/reopen",
                Map.of("reason", "Vẫn còn ổ gà, vá chưa xong")).json();
        assertThat(reopened.get("report").get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
        // a wrong token is simply not found
        assertThat(reporter.get("/api/v1/feedback/public/follow/not-a-token").status()).isEqualTo(404);
    }

    @Test
    void anOverdueReportIsEscalatedToTheCityOnceAndListed() {
        // given an assigned report
        JsonNode created = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report(POTHOLE, "Ổ gà chưa ai xử lý", BEN_THANH_LAT, BEN_THANH_LON)).json();
        long id = created.get("id").asLong();
        awaitAssigned(port, created.get("followToken").asString(), Duration.ofSeconds(60));
        Instant due = Instant.parse(created.get("dueAt").asString());
        // when the deadline scan runs before and after its deadline, twice
        deadlines.escalateOverdue(due.minusSeconds(60));
        assertThat(escalations(id)).isZero();
        deadlines.escalateOverdue(due.plusSeconds(60));
        deadlines.escalateOverdue(due.plusSeconds(120));
        // then it was escalated exactly once, with one event, and the city lists it
        assertThat(escalations(id)).isEqualTo(1);
        assertThat(events.stream(FeedbackEscalated.class).filter(e -> e.reportId() == id).count()).isEqualTo(1);
        assertThat(events.stream(FeedbackEscalated.class).filter(e -> e.reportId() == id).findFirst().get()
                .cityUnit()).isEqualTo("tp-ho-chi-minh");
        ApiClient.Response list = ApiClient.as(port, "city.admin").get("/api/v1/feedback/escalated?size=500");
        assertThat(list.json().findValues("id").stream().map(JsonNode::asLong)).contains(id);
        assertThat(ApiClient.as(port, "ben-thanh.leader").get("/api/v1/feedback/escalated").status()).isEqualTo(403);
    }

    @Test
    void anAnswerNobodyReactsToIsClosedAfterTheWaitingTime() {
        JsonNode created = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report(POTHOLE, "Ổ gà", BEN_THANH_LAT, BEN_THANH_LON)).json();
        long id = created.get("id").asLong();
        String token = created.get("followToken").asString();
        awaitAssigned(port, token, Duration.ofSeconds(60));
        ApiClient.as(port, "ben-thanh.processor").post("/api/v1/feedback/reports/" + id + "/actions",
                Map.of("action", "ANSWER", "text", "Đã vá"));
        deadlines.closeAnswered(Instant.now().plus(Duration.ofDays(6)));
        assertThat(status(token)).isEqualTo("ANSWERED");
        deadlines.closeAnswered(Instant.now().plus(Duration.ofDays(7)).plusSeconds(5));
        assertThat(status(token)).isEqualTo("CLOSED");
    }

    @Test
    void possibleDuplicatesAreShownToTheReporterAndTheHandler() {
        // given an open pothole report at a spot nobody else uses
        double lat = 10.7600;
        double lon = 106.6600;
        JsonNode first = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report(POTHOLE, "Ổ gà", lat, lon)).json();
        // when another reporter sends the same category 50 m away, and a different category at the same spot
        JsonNode second = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report(POTHOLE, "Ổ gà lớn", lat + 0.00045, lon)).json();
        JsonNode other = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report("moi-truong.rac-thai", "Rác", lat, lon)).json();
        // then the second sees the first as a possible duplicate; the other category does not
        assertThat(ids(second.get("possibleDuplicates"))).contains(first.get("id").asLong());
        assertThat(ids(other.get("possibleDuplicates"))).doesNotContain(first.get("id").asLong());
        // and 500 m away is not a duplicate
        assertThat(ids(FeedbackFixtures.anonymous(port).get("/api/v1/feedback/public/duplicates?category=" + POTHOLE
                + "&latitude=" + (lat + 0.0045) + "&longitude=" + lon).json().get("possibleDuplicates")))
                .doesNotContain(first.get("id").asLong());
        // the handler sees it too
        JsonNode handler = awaitAssigned(port, first.get("followToken").asString(), Duration.ofSeconds(60));
        String unit = handler.get("report").get("unit").asString();
        JsonNode staff = ApiClient.as(port, unit + ".processor").get("/api/v1/feedback/reports/"
                + first.get("id").asLong()).json();
        assertThat(ids(staff.get("possibleDuplicates"))).contains(second.get("id").asLong());
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new java.util.ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    private String status(String token) {
        return ApiClient.anonymous(port).get("/api/v1/feedback/public/follow/" + token).json().get("report")
                .get("status").asString();
    }

    private int escalations(long id) {
        return jdbc.sql("select count(*) from feedback_history where report_id = :id and action = 'ESCALATE'")
                .param("id", id).query(Integer.class).single();
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo")
                .getBytes(StandardCharsets.UTF_8));
    }
}
