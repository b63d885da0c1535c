package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.DossierFixtures.maritalStatusAtDesk;
import static org.motcua.dossier.DossierFixtures.with;

/**
 * A submission and an action answer from what they wrote, not from a read afterwards: the answer must be the same,
 * byte for byte, as a GET of the dossier right after (instants as PostgreSQL keeps them, json as jsonb gives it back).
 */
@PlatformTest
class AnswersEqualLaterReadsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aSubmissionAndEachActionAnswerAsALaterGet() {
        ApiClient desk = ApiClient.as(port, "vinh-hoi.reception");
        ApiClient processor = ApiClient.as(port, "vinh-hoi.processor");
        // form keys in an order jsonb does not keep
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("purpose", "marriage");
        form.put("currentStatus", "never-married");
        ApiClient.Response submitted = desk.post("/api/v1/dossiers",
                with(maritalStatusAtDesk("vinh-hoi", "vinh-hoi", "079190006001"), "form", form));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String code = submitted.json().get("code").asString();
        assertThat(submitted.body()).isEqualTo(desk.get("/api/v1/dossiers/" + code).body());

        ApiClient.Response forwarded = desk.post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "FORWARD", "note", "Đủ thành phần hồ sơ"));
        assertThat(forwarded.status()).as(forwarded.toString()).isEqualTo(200);
        assertThat(forwarded.body()).isEqualTo(desk.get("/api/v1/dossiers/" + code).body());

        ApiClient.Response asked = processor.post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "REQUEST_SUPPLEMENT", "reason", "Thiếu giấy tờ", "missing",
                        List.of("Bản sao giấy khai sinh")));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.body()).isEqualTo(processor.get("/api/v1/dossiers/" + code).body());
    }

    @Test
    void aRetryWithTheSameKeyAnswersWithTheFirstDossierAsItIsNow() {
        ApiClient desk = ApiClient.as(port, "vinh-hoi.reception").header("Idempotency-Key", "answers-equal-1");
        Map<String, Object> body = maritalStatusAtDesk("vinh-hoi", "vinh-hoi", "079190006002");
        ApiClient.Response first = desk.post("/api/v1/dossiers", body);
        ApiClient.Response retry = desk.post("/api/v1/dossiers", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
    }
}
