package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.DossierFixtures.maritalStatusAtDesk;

@PlatformTest
class PublicLookupIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anyoneWithTheCodeSeesTheStatusButNoPersonalData() {
        // given a dossier of Nguyễn Thị Hằng
        String code = ApiClient.as(port, "tan-dinh.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("tan-dinh", "tan-dinh", "079190004001")).json().get("code").asString();
        // when someone looks it up without logging in
        ApiClient.Response response = ApiClient.anonymous(port).header("X-Forwarded-For", "198.51.100.10")
                .get("/api/v1/public/dossiers/" + code);
        // then they see its status and progress, and nothing about the person
        assertThat(response.status()).isEqualTo(200);
        JsonNode status = response.json();
        assertThat(status.get("status").get("code").asInt()).isEqualTo(2);
        assertThat(status.get("appointmentAt").asString()).isNotBlank();
        assertThat(status.get("totalSteps").asInt()).isEqualTo(4);
        assertThat(response.body()).doesNotContain("Hằng", "079190004001", "0912345678", "Lê Lợi", "example.vn",
                "applicant", "form");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        ApiClient.Response response = ApiClient.anonymous(port).header("X-Forwarded-For", "198.51.100.11")
                .get("/api/v1/public/dossiers/000.00.01.H29-990101-0001");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("dossier-not-found");
    }

    @Test
    void aBurstOfLookUpsFromOneClientIs429WithRetryAfter() {
        ApiClient client = ApiClient.anonymous(port).header("X-Forwarded-For", "203.0.113.77");
        ApiClient.Response last = null;
        int served = 0;
        for (int i = 0; i < 200; i++) {
            last = client.get("/api/v1/public/dossiers/000.00.01.H29-990101-" + String.format("%04d", i));
            if (last.status() == 429) {
                break;
            }
            served++;
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get("code").asString()).isEqualTo("too-many-requests");
        assertThat(Integer.parseInt(last.retryAfter())).isPositive();
        assertThat(served).isBetween(10, 199);
        // another client is not affected
        assertThat(ApiClient.anonymous(port).header("X-Forwarded-For", "203.0.113.78")
                .get("/api/v1/public/dossiers/000.00.01.H29-990101-0001").status()).isEqualTo(404);
    }
}
