package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The applicant rates the service once, after the result, 1 to 5 with a comment; nobody else, not before. */
@PlatformTest
class DossierRatingIntegrationTests {

    static final String BIRTH_REGISTRATION = "1.001193.000.00.00.H29";
    static final String KHANG = "079096001234";

    @LocalServerPort
    int port;

    /** Khang's online birth registration at Sài Gòn, submitted without consent. */
    static String submitBirthRegistration(int port, String childName) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("childName", childName);
        form.put("birthDate", "2026-11-20");
        form.put("sex", "female");
        form.put("placeOfBirth", "Bệnh viện Hùng Vương");
        form.put("ethnicity", "Kinh");
        form.put("nationality", "Việt Nam");
        form.put("mother", Map.of("fullName", "Lê Thị Ngọc Hân"));
        form.put("father", Map.of("fullName", "Trần Minh Khang"));
        form.put("declarantRelationship", "father");
        ApiClient.Response r = ApiClient.as(port, KHANG).post("/api/v1/dossiers", Map.of(
                "procedureCode", BIRTH_REGISTRATION, "channel", "ONLINE", "receivingUnit", "sai-gon",
                "applicant", Map.of("personalId", KHANG, "fullName", "Trần Minh Khang", "phone", "0903123456"),
                "form", form));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("code").asString();
    }

    /** The ward's staff take the dossier through every step to the result, as their inboxes would. */
    static JsonNode processToResult(int port, String code) {
        act(port, "sai-gon.reception", code, "RECEIVE");
        act(port, "sai-gon.reception", code, "FORWARD");
        act(port, "sai-gon.processor", code, "FORWARD");
        act(port, "sai-gon.leader", code, "FORWARD");
        return act(port, "sai-gon.clerk", code, "FORWARD");
    }

    static JsonNode act(int port, String who, String code, String action) {
        ApiClient.Response r = ApiClient.as(port, who).post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", action));
        assertThat(r.status()).as(who + " " + action + ": " + r).isEqualTo(200);
        return r.json();
    }

    @Test
    void theApplicantRatesOnceAfterTheResult() {
        String code = submitBirthRegistration(port, "Trần Ngọc Mai");
        ApiClient khang = ApiClient.as(port, KHANG);
        String path = "/api/v1/dossiers/" + code + "/rating";

        ApiClient.Response early = khang.post(path, Map.of("score", 5));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("type").asString()).endsWith("rating-not-yet-possible");

        JsonNode finished = processToResult(port, code);
        assertThat(finished.get("status").get("code").asInt()).isEqualTo(9);

        assertThat(khang.post(path, Map.of("score", 0)).status()).isEqualTo(400);
        assertThat(khang.post(path, Map.of("score", 6)).status()).isEqualTo(400);
        assertThat(khang.post(path, Map.of("comment", "no score")).status()).isEqualTo(400);
        assertThat(khang.post(path, Map.of("score", 4, "comment", "x".repeat(1001))).status()).isEqualTo(400);
        assertThat(ApiClient.as(port, "sai-gon.clerk").post(path, Map.of("score", 5)).status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "079198004321").post(path, Map.of("score", 5)).status())
                .as("someone else's dossier").isIn(403, 404);
        assertThat(khang.get(path).status()).isEqualTo(404);

        ApiClient.Response rated = khang.post(path, Map.of("score", 4, "comment", "  Nhanh, cán bộ nhiệt tình  "));
        assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
        assertThat(rated.json().get("comment").asString()).isEqualTo("Nhanh, cán bộ nhiệt tình");

        ApiClient.Response again = khang.post(path, Map.of("score", 1));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("already-rated");
        JsonNode seenByStaff = ApiClient.as(port, "sai-gon.reception").get(path).json();
        assertThat(seenByStaff.get("score").asInt()).isEqualTo(4);
    }
}
