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
 * What the requests the benchmark loads cost the database, in statements (BEGIN and COMMIT included) sent by the
 * thread serving the request: an upper bound per request that does not depend on the machine's speed. (Before the
 * bounds: 34 per submission, 20 per FORWARD, 12 per inbox page, 4 per public look-up, 13 per GET of a dossier.) The
 * event publication registry's work after commit runs on other threads and is not bounded here. Each request is warmed up once first (caches of units,
 * procedure versions and logins are filled by the first request of a kind, as under load).
 */
@PlatformTest
class StatementsPerRequestTests {

    @LocalServerPort
    int port;

    /** Sends the request and checks how many statements the thread that served it sent, at most. */
    private ApiClient.Response measured(String what, int atMost,
                                        java.util.function.Supplier<ApiClient.Response> request) {
        var counted = StatementCounter.count(request);
        var served = counted.statements().stream().filter(line -> line.startsWith("[tomcat-")).toList();
        System.out.println("STATEMENTS " + what + ": " + served.size() + " serving the request; all threads: "
                + counted);
        assertThat(served).as(what).hasSizeLessThanOrEqualTo(atMost);
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

        var submitted = measured("submission", 11, () -> desk.post("/api/v1/dossiers",
                maritalStatusAtDesk("xom-chieu", "xom-chieu", "079190005002")));
        assertThat(submitted.status()).isEqualTo(201);
        String code = submitted.json().get("code").asString();
        Thread.sleep(500);
        var forwarded = measured("FORWARD", 8, () -> desk.post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "FORWARD")));
        assertThat(forwarded.status()).isEqualTo(200);
        Thread.sleep(500);
        assertThat(measured("inbox page", 2, () -> processor.get("/api/v1/inbox")).status()).isEqualTo(200);
        assertThat(measured("public look-up", 1, () -> anonymous.get("/api/v1/public/dossiers/" + code)).status())
                .isEqualTo(200);
        assertThat(measured("authenticated GET", 4, () -> processor.get("/api/v1/dossiers/" + code)).status())
                .isEqualTo(200);
    }
}
