package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A longer time limit when verification is needed is the processor's recorded choice, not a silent change. */
@PlatformTest
class VerificationExtensionIntegrationTests {

    private static final String DEATH_REGISTRATION = "1.000656.000.00.00.H29";

    @LocalServerPort
    int port;

    @Test
    void theSpecialistExtendsASameDayProcedureToItsVerificationLimitOnceWithAReason() {
        // given a death registration (same day; 3 working days when verification is needed)
        ApiClient desk = ApiClient.as(port, "xuan-hoa.reception");
        JsonNode created = desk.post("/api/v1/dossiers", Map.of("procedureCode", DEATH_REGISTRATION,
                "channel", "IN_PERSON", "applicant", DossierFixtures.applicant("079190008001", "Lê Văn Tâm"),
                "form", Map.of("deceased", Map.of("fullName", "Lê Văn Phúc", "birthDate", "1940-03-02",
                                "sex", "male"), "dateOfDeath", "2026-11-20", "placeOfDeath", "Bệnh viện Chợ Rẫy",
                        "declarantRelationship", "child"))).json();
        String code = created.get("code").asString();
        desk.post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "FORWARD"));
        ApiClient specialist = ApiClient.as(port, "xuan-hoa.processor");

        // a reason is required
        assertThat(specialist.post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "EXTEND_FOR_VERIFICATION")).status()).isEqualTo(422);

        // when the specialist extends it for verification
        JsonNode extended = specialist.post("/api/v1/dossiers/" + code + "/actions", Map.of(
                "action", "EXTEND_FOR_VERIFICATION", "reason", "Giấy báo tử cần xác minh với bệnh viện")).json();

        // then the appointment is receipt + 3 working days, the original date stays visible, and it is recorded
        String receivedAt = created.get("receivedAt").asString();
        Instant expected = Instant.parse(ApiClient.anonymous(port).get("/api/v1/calendar/due?from="
                + URLEncoder.encode(receivedAt, StandardCharsets.UTF_8) + "&workingDays=3").json().get("due").asString());
        assertThat(Instant.parse(extended.get("appointmentAt").asString())).isEqualTo(expected);
        assertThat(extended.get("originalAppointmentAt").asString()).isEqualTo(created.get("appointmentAt").asString());
        assertThat(extended.get("extendedForVerification").asBoolean()).isTrue();
        assertThat(extended.get("history").findValuesAsString("action")).contains("EXTEND_FOR_VERIFICATION");
        assertThat(Instant.parse(extended.get("currentStep").get("dueAt").asString())).isEqualTo(expected);

        // and only once
        ApiClient.Response again = specialist.post("/api/v1/dossiers/" + code + "/actions", Map.of(
                "action", "EXTEND_FOR_VERIFICATION", "reason", "Lần nữa"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aProcedureWithoutAVerificationLimitCannotBeExtended() {
        ApiClient desk = ApiClient.as(port, "xuan-hoa.reception");
        String code = desk.post("/api/v1/dossiers", DossierFixtures.maritalStatusAtDesk("xuan-hoa", "xuan-hoa",
                "079190008002")).json().get("code").asString();
        desk.post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "FORWARD"));
        ApiClient.Response response = ApiClient.as(port, "xuan-hoa.processor").post("/api/v1/dossiers/" + code
                + "/actions", Map.of("action", "EXTEND_FOR_VERIFICATION", "reason", "Cần xác minh"));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("no longer time limit");
    }
}
