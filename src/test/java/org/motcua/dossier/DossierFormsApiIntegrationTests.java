package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.motcua.dossier.forms.RenderedPdf;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.DossierFixtures.maritalStatusAtDesk;

/** The printed forms of a real dossier open as PDFs and carry its code, dates and QR. */
@PlatformTest
class DossierFormsApiIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Test
    void receiptCarriesTheCodeTheAppointmentDateAndAQrToThePublicStatus() throws Exception {
        // given a dossier received at Phường Bàn Cờ
        JsonNode dossier = ApiClient.as(port, "ban-co.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("ban-co", "ban-co", "079190006001")).json();
        String code = dossier.get("code").asString();
        String appointment = DAY.format(Instant.parse(dossier.get("appointmentAt").asString()));

        // when the desk prints form 01
        RenderedPdf receipt = new RenderedPdf(ApiClient.as(port, "ban-co.reception")
                .bytes("/api/v1/dossiers/" + code + "/forms/01"));

        // then it shows the code, the appointment date, the applicant, and the QR leads to the status
        String text = receipt.flowingText();
        assertThat(text).contains(code, appointment, "Nguyễn Thị Hằng", "Phường Bàn Cờ".toUpperCase());
        String qr = receipt.qrCode(0, 300);
        assertThat(qr).endsWith("/lookup?code=" + code);
        assertThat(receipt.fonts()).allMatch(f -> f.isEmbedded());
    }

    @Test
    void supplementRequestAndProcessControlSlipFollowTheHistory() {
        ApiClient desk = ApiClient.as(port, "ban-co.reception");
        String code = desk.post("/api/v1/dossiers", maritalStatusAtDesk("ban-co", "ban-co", "079190006002")).json()
                .get("code").asString();
        // no supplement requested yet: form 02 has no occasion
        assertThat(desk.get("/api/v1/dossiers/" + code + "/forms/02").status()).isEqualTo(409);

        desk.post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "FORWARD"));
        ApiClient.as(port, "ban-co.processor").post("/api/v1/dossiers/" + code + "/actions", Map.of(
                "action", "REQUEST_SUPPLEMENT", "reason", "Thiếu bản sao trích lục ghi chú ly hôn",
                "missing", List.of("Trích lục ghi chú ly hôn")));

        String supplement = new RenderedPdf(desk.bytes("/api/v1/dossiers/" + code + "/forms/02")).flowingText();
        assertThat(supplement).contains(code, "Trích lục ghi chú ly hôn");

        String slip = new RenderedPdf(desk.bytes("/api/v1/dossiers/" + code + "/forms/06")).flowingText();
        assertThat(slip).contains(code, "Tiếp nhận hồ sơ", "Chuyên viên xử lý");
        assertThat(desk.get("/api/v1/dossiers/" + code + "/forms/07").status()).isEqualTo(404);
    }

    @Test
    void refusalNoticeStatesTheReason() {
        ApiClient desk = ApiClient.as(port, "ban-co.reception");
        String code = desk.post("/api/v1/dossiers", maritalStatusAtDesk("ban-co", "ban-co", "079190006003")).json()
                .get("code").asString();
        desk.post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "REFUSE",
                "reason", "Yêu cầu không thuộc thẩm quyền của Ủy ban nhân dân phường"));
        String refusal = new RenderedPdf(desk.bytes("/api/v1/dossiers/" + code + "/forms/03")).flowingText();
        assertThat(refusal).contains(code, "không thuộc thẩm quyền");
    }

    @Test
    void aLateDossierGetsAnApologyLetterWithTheNewDateAndStillCountsLate() {
        ApiClient desk = ApiClient.as(port, "ban-co.reception");
        String code = desk.post("/api/v1/dossiers", maritalStatusAtDesk("ban-co", "ban-co", "079190006004")).json()
                .get("code").asString();
        desk.post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "FORWARD"));
        String newDate = java.time.OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20)
                .withHour(16).withMinute(0).withSecond(0).withNano(0).toString();
        // a date before the current appointment is refused
        ApiClient.Response tooEarly = ApiClient.as(port, "ban-co.leader").post("/api/v1/dossiers/" + code
                + "/actions", Map.of("action", "APOLOGIZE", "reason", "Chờ xác minh",
                "newAppointmentAt", java.time.OffsetDateTime.now().minusDays(1).toString()));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().get("errors").get(0).get("field").asString()).isEqualTo("newAppointmentAt");

        JsonNode apologised = ApiClient.as(port, "ban-co.leader").post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "APOLOGIZE", "reason", "Phải xác minh tại nơi cư trú trước đây",
                        "newAppointmentAt", newDate)).json();
        assertThat(apologised.get("apologized").asBoolean()).isTrue();
        String letter = new RenderedPdf(desk.bytes("/api/v1/dossiers/" + code + "/forms/04")).flowingText();
        assertThat(letter).contains(code, "xác minh tại nơi cư trú",
                DAY.format(java.time.OffsetDateTime.parse(newDate).toInstant()));
    }

    @Test
    void stoppingProcessingIsForTheLeaderAndPrintsForm05() {
        ApiClient desk = ApiClient.as(port, "ban-co.reception");
        String code = desk.post("/api/v1/dossiers", maritalStatusAtDesk("ban-co", "ban-co", "079190006005")).json()
                .get("code").asString();
        desk.post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "FORWARD"));
        assertThat(ApiClient.as(port, "ban-co.processor").post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "STOP", "reason", "x")).status()).isEqualTo(403);
        JsonNode stopped = ApiClient.as(port, "ban-co.leader").post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "STOP", "reason", "Người yêu cầu đã có Giấy xác nhận còn hiệu lực")).json();
        assertThat(stopped.get("status").get("code").asInt()).isEqualTo(8);
        String notice = new RenderedPdf(desk.bytes("/api/v1/dossiers/" + code + "/forms/05")).flowingText();
        assertThat(notice).contains(code, "còn hiệu lực");
    }
}
