package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.motcua.StatementCounter;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.DossierFixtures.maritalStatusAtDesk;

/**
 * What the requests the benchmark loads cost the database, in statements (BEGIN and COMMIT included): an upper bound
 * per request that does not depend on the machine's speed. Each request is warmed up once first (caches of units,
 * procedure versions and logins are filled by the first request of a kind, as under load).
 */
@PlatformTest
class StatementsPerRequestTests {

    @LocalServerPort
    int port;

    private ApiClient.Response measured(String what, java.util.function.Supplier<ApiClient.Response> request) {
        var counted = StatementCounter.count(request);
        System.out.println("STATEMENTS " + what + ": " + counted);
        return counted.result();
    }

    @Test
    void theBenchmarkedRequests() throws Exception {
        ApiClient desk = ApiClient.as(port, "xom-chieu.reception");
        ApiClient processor = ApiClient.as(port, "xom-chieu.processor");
        ApiClient anonymous = ApiClient.anonymous(port).header("X-Forwarded-For", "198.51.100.201");
        // warm-up: one of each
        String first = desk.post("/api/v1/dossiers", maritalStatusAtDesk("xom-chieu", "xom-chieu", "079190005001"))
                .json().get("code").asString();
        desk.post("/api/v1/dossiers/" + first + "/actions", Map.of("action", "FORWARD"));
        processor.get("/api/v1/inbox");
        anonymous.get("/api/v1/public/dossiers/" + first);
        Thread.sleep(500);

        var submitted = measured("submission", () -> desk.post("/api/v1/dossiers",
                maritalStatusAtDesk("xom-chieu", "xom-chieu", "079190005002")));
        assertThat(submitted.status()).isEqualTo(201);
        String code = submitted.json().get("code").asString();
        Thread.sleep(500);
        var forwarded = measured("FORWARD", () -> desk.post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "FORWARD")));
        assertThat(forwarded.status()).isEqualTo(200);
        Thread.sleep(500);
        assertThat(measured("inbox page", () -> processor.get("/api/v1/inbox")).status()).isEqualTo(200);
        assertThat(measured("public look-up", () -> anonymous.get("/api/v1/public/dossiers/" + code)).status())
                .isEqualTo(200);
        assertThat(measured("authenticated GET", () -> processor.get("/api/v1/dossiers/" + code)).status())
                .isEqualTo(200);
    }
}
