package org.motcua;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class PlatformEndpointsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAreUp() {
        assertThat(ApiClient.anonymous(port).get("/actuator/health/liveness").json().get("status").asString())
                .isEqualTo("UP");
        assertThat(ApiClient.anonymous(port).get("/actuator/health/readiness").json().get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void openApiDocumentsTheApi() {
        ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.");
        assertThat(docs.json().get("paths").has("/api/v1/units")).isTrue();
        assertThat(ApiClient.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void unknownApiPathIsANotFoundProblem() {
        ApiClient.Response response = ApiClient.anonymous(port).get("/api/v1/nothing-here");
        assertThat(response.status()).isIn(401, 404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void wrongMethodIsAProblemWithStableCode() {
        ApiClient.Response response = ApiClient.as(port, "city.admin").delete("/api/v1/units");
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().get("code").asString()).isEqualTo("method-not-allowed");
    }
}
