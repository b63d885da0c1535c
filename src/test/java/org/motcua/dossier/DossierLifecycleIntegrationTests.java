package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.DossierFixtures.maritalStatusAtDesk;
import static org.motcua.dossier.DossierFixtures.pdf;

/** The whole life of a dossier through the API, on the real embedded PostgreSQL. */
@PlatformTest
class DossierLifecycleIntegrationTests {

    @LocalServerPort
    int port;

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private JsonNode act(String user, String code, Map<String, Object> action) {
        ApiClient.Response response = as(user).post("/api/v1/dossiers/" + code + "/actions", action);
        assertThat(response.status()).as(action + " by " + user + ": " + response).isEqualTo(200);
        return response.json();
    }

    @Test
    void counterIntakeAtOneWardForAnotherWardRunsTheWholeLifeOfTheDossier() {
        // given a walk-in applicant at Bến Thành's desk for a certificate decided by Phường Sài Gòn
        ApiClient.Response created = as("ben-thanh.reception").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/dossiers", maritalStatusAtDesk("ben-thanh", "sai-gon", "079190001001"));

        // then it is received at once, with a code of the receiving unit and an appointment 3 working days later
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode dossier = created.json();
        String code = dossier.get("code").asString();
        assertThat(created.location()).isEqualTo("/api/v1/dossiers/" + code);
        String agency = ApiClient.anonymous(port).get("/api/v1/units/ben-thanh").json().get("agencyCode").asString();
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyMMdd"));
        assertThat(code).matches(java.util.regex.Pattern.quote(agency + "-" + today + "-") + "\\d{4}");
        assertThat(dossier.get("status").get("code").asInt()).isEqualTo(2);
        assertThat(dossier.get("receivingUnit").asString()).isEqualTo("ben-thanh");
        assertThat(dossier.get("competentUnit").asString()).isEqualTo("sai-gon");
        assertThat(dossier.get("receivedAt").isNull()).isFalse();
        assertThat(dossier.get("appointmentAt").asString()).isNotBlank();
        assertThat(dossier.get("currentStep").get("role").asString()).isEqualTo("reception");
        assertThat(dossier.get("currentStep").get("unit").asString()).isEqualTo("ben-thanh");
        assertThat(dossier.get("currentStep").get("dueAt").asString()).isNotBlank();

        // when the desk forwards it, Sài Gòn's specialist has it
        JsonNode forwarded = act("ben-thanh.reception", code, Map.of("action", "FORWARD", "note", "Đủ hồ sơ"));
        assertThat(forwarded.get("status").get("code").asInt()).isEqualTo(4);
        assertThat(forwarded.get("currentStep").get("role").asString()).isEqualTo("processor");
        assertThat(forwarded.get("currentStep").get("unit").asString()).isEqualTo("sai-gon");
        assertThat(inboxCodes("sai-gon.processor")).contains(code);

        // when the specialist asks for a supplement, the dossier waits for the applicant
        JsonNode waiting = act("sai-gon.processor", code, Map.of("action", "REQUEST_SUPPLEMENT",
                "reason", "Thiếu trích lục ghi chú ly hôn", "missing", List.of("Trích lục ghi chú ly hôn")));
        assertThat(waiting.get("status").get("code").asInt()).isEqualTo(5);
        assertThat(inboxCodes("sai-gon.processor")).doesNotContain(code);

        // and the applicant brings the paper to the desk, which scans it in
        ApiClient.Response scan = as("ben-thanh.reception").upload("/api/v1/dossiers/" + code + "/files", Map.of(),
                "trich-luc.pdf", pdf("trich luc " + code));
        assertThat(scan.status()).as(scan.toString()).isEqualTo(201);
        JsonNode resumed = act("ben-thanh.reception", code, Map.of("action", "SUPPLEMENT", "note", "Đã bổ sung",
                "attachments", List.of(scan.json().get("id").asString())));
        assertThat(resumed.get("status").get("code").asInt()).isEqualTo(4);
        assertThat(resumed.get("supplementRequests").asInt()).isEqualTo(1);

        // each step by its role: specialist → leader (Sài Gòn) → clerk (Bến Thành, where it was received)
        act("sai-gon.processor", code, Map.of("action", "FORWARD"));
        JsonNode atClerk = act("sai-gon.leader", code, Map.of("action", "FORWARD", "note", "Đồng ý ký"));
        assertThat(atClerk.get("currentStep").get("role").asString()).isEqualTo("clerk");
        assertThat(atClerk.get("currentStep").get("unit").asString()).isEqualTo("ben-thanh");
        JsonNode finished = act("ben-thanh.clerk", code, Map.of("action", "FORWARD"));
        assertThat(finished.get("status").get("code").asInt()).isEqualTo(9);
        assertThat(finished.get("onTime").asBoolean()).isTrue();
        assertThat(finished.get("resultGenerated").asBoolean()).isTrue();
        String result = finished.get("resultFiles").get(0).asString();
        byte[] resultPdf = as("ben-thanh.clerk").bytes("/api/v1/dossiers/" + code + "/files/" + result);
        assertThat(new String(resultPdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // finally the result is returned to the applicant
        JsonNode returned = act("ben-thanh.clerk", code, Map.of("action", "RETURN_RESULT"));
        assertThat(returned.get("status").get("code").asInt()).isEqualTo(10);

        // and the process-control slip shows every hand-over, who did it and in which unit
        JsonNode history = returned.get("history");
        assertThat(history.findValuesAsString("action")).containsExactly("SUBMIT", "RECEIVE", "FORWARD",
                "REQUEST_SUPPLEMENT", "SUPPLEMENT", "FORWARD", "FORWARD", "FORWARD", "RETURN_RESULT");
        assertThat(history.get(2).get("actorId").asString()).isEqualTo("ben-thanh.reception");
        assertThat(history.get(3).get("actorUnit").asString()).isEqualTo("sai-gon");
        assertThat(history.get(3).get("actorRole").asString()).isEqualTo("processor");
        assertThat(history.get(6).get("actorRole").asString()).isEqualTo("leader");
        assertThat(history.get(4).get("attachments").get(0).asString()).isEqualTo(scan.json().get("id").asString());
        assertThat(history.findValuesAsString("toStatus")).last().isEqualTo("RESULT_RETURNED");
    }

    @Test
    void aDeskReceivesForACityDepartmentWhichTheProcedureDecides() {
        // when Phường Sài Gòn's desk takes in a judicial-record request
        ApiClient.Response created = as("sai-gon.reception").post("/api/v1/dossiers", Map.of(
                "procedureCode", DossierFixtures.JUDICIAL_RECORD, "channel", "POSTAL",
                "applicant", DossierFixtures.applicant("079190001002", "Trần Văn Bình"),
                "form", judicialRecordForm()));
        // then the city police are competent, though the code is Sài Gòn's
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("competentUnit").asString()).isEqualTo("cong-an-thanh-pho");
        assertThat(created.json().get("receivingUnit").asString()).isEqualTo("sai-gon");
        assertThat(created.json().get("channel").asString()).isEqualTo("POSTAL");
    }

    @Test
    void anOnlineSubmissionWaitsForTheDeskAndIsThenReceived() {
        // given a citizen logged in with their personal ID
        ApiClient citizen = ApiClient.as(port, "079190001003");
        Map<String, Object> body = DossierFixtures.with(maritalStatusAtDesk("tan-dinh", "tan-dinh", "079190001003"),
                "channel", "ONLINE");
        ApiClient.Response created = citizen.post("/api/v1/dossiers", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String code = created.json().get("code").asString();
        assertThat(created.json().get("status").get("code").asInt()).isEqualTo(1);
        assertThat(created.json().path("appointmentAt").isMissingNode()).isTrue();
        assertThat(inboxCodes("tan-dinh.reception")).contains(code);

        // the applicant sees their own dossier; another citizen does not
        assertThat(citizen.get("/api/v1/dossiers/" + code).status()).isEqualTo(200);
        assertThat(ApiClient.as(port, "079190009999").get("/api/v1/dossiers/" + code).status()).isEqualTo(404);

        // when the desk receives it, the clock starts
        JsonNode received = act("tan-dinh.reception", code, Map.of("action", "RECEIVE"));
        assertThat(received.get("status").get("code").asInt()).isEqualTo(2);
        assertThat(received.get("appointmentAt").asString()).isNotBlank();
    }

    @Test
    void theApplicantMayWithdrawBeforeTheEndButNotAfter() {
        String code = as("ben-thanh.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("ben-thanh", "ben-thanh", "079190001004")).json().get("code").asString();
        ApiClient applicant = ApiClient.as(port, "079190001004");
        ApiClient.Response withdrawn = applicant.post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "WITHDRAW", "reason", "Không còn nhu cầu"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").get("code").asInt()).isEqualTo(7);
        ApiClient.Response again = applicant.post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "WITHDRAW", "reason", "Lần nữa"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("status").get("code").asInt()).isEqualTo(7);
    }

    @Test
    void refusalAtIntakeNeedsAReasonAndEndsTheDossier() {
        String code = as("an-khanh.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("an-khanh", "an-khanh", "079190001005")).json().get("code").asString();
        ApiClient.Response noReason = as("an-khanh.reception").post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "REFUSE"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        JsonNode refused = act("an-khanh.reception", code, Map.of("action", "REFUSE",
                "reason", "Không thuộc thẩm quyền giải quyết"));
        assertThat(refused.get("status").get("code").asInt()).isEqualTo(3);
        assertThat(refused.path("currentStep").isMissingNode()).isTrue();
    }

    @Test
    void transferMovesTheDossierToTheNewCompetentUnit() {
        String code = as("ben-thanh.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("ben-thanh", "ben-thanh", "079190001006")).json().get("code").asString();
        act("ben-thanh.reception", code, Map.of("action", "FORWARD"));
        JsonNode transferred = act("ben-thanh.processor", code, Map.of("action", "TRANSFER", "toUnit", "tan-dinh",
                "reason", "Người yêu cầu thường trú tại Phường Tân Định"));
        assertThat(transferred.get("competentUnit").asString()).isEqualTo("tan-dinh");
        assertThat(transferred.get("currentStep").get("unit").asString()).isEqualTo("tan-dinh");
        assertThat(inboxCodes("tan-dinh.processor")).contains(code);
        // Bến Thành still received it, so its desk still sees it
        assertThat(as("ben-thanh.reception").get("/api/v1/dossiers/" + code).status()).isEqualTo(200);
    }

    private List<String> inboxCodes(String user) {
        ApiClient.Response inbox = as(user).get("/api/v1/inbox?size=200");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        return inbox.json().get("items").findValuesAsString("code");
    }

    static Map<String, Object> judicialRecordForm() {
        return Map.of(
                "applicant", Map.of("fullName", "Trần Văn Bình", "personalId", "079190001002",
                        "birthDate", "1990-01-02", "sex", "male", "placeOfBirth", "Thành phố Hồ Chí Minh",
                        "nationality", "Việt Nam", "residence", "5 Nguyễn Huệ, Phường Sài Gòn"),
                "parents", Map.of("motherName", "Lê Thị Hoa"),
                "certificateType", "no1",
                "purpose", "Xin việc",
                "residenceHistory", List.of(Map.of("fromDate", "2004-01-02", "address", "Phường Sài Gòn")),
                "certificatesRequested", 1);
    }
}
