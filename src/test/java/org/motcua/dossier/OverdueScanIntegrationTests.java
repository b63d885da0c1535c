package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.DossierFixtures.maritalStatusAtDesk;

@PlatformTest
class OverdueScanIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OverdueScan scan;

    @Autowired
    JdbcClient jdbc;

    @Test
    void marksEachOverdueStepExactlyOnceEvenWhenSeveralNodesScanAtOnce() throws Exception {
        // given a dossier whose first step is due in half a working day
        String code = ApiClient.as(port, "thanh-my-tay.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("thanh-my-tay", "thanh-my-tay", "079190005001")).json().get("code").asString();
        Instant later = Instant.now().plus(Duration.ofDays(30));

        // when four scanners (as if on four nodes) run at the same moment, twice
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return scan.scan(later);
            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get();
        }
        scan.scan(later);
        pool.shutdown();

        // then the step was marked overdue once
        assertThat(overdueMarks(code)).isEqualTo(1);

        // and the next step, once overdue, is marked once more
        ApiClient.as(port, "thanh-my-tay.reception").post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "FORWARD"));
        scan.scan(later);
        scan.scan(later);
        assertThat(overdueMarks(code)).isEqualTo(2);
        assertThat(ApiClient.as(port, "thanh-my-tay.processor").get("/api/v1/inbox?overdue=false").json()
                .get("items").findValuesAsString("code")).contains(code);
    }

    @Test
    void aDossierWaitingForTheApplicantIsNotOverdue() {
        String code = ApiClient.as(port, "thanh-my-tay.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("thanh-my-tay", "thanh-my-tay", "079190005002")).json().get("code").asString();
        ApiClient.as(port, "thanh-my-tay.reception").post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "REQUEST_SUPPLEMENT", "reason", "Thiếu", "missing", List.of("Giấy tờ tùy thân")));
        scan.scan(Instant.now().plus(Duration.ofDays(30)));
        assertThat(overdueMarks(code)).isZero();
    }

    private int overdueMarks(String code) {
        return jdbc.sql("""
                        select count(*) from dossier_history h join dossier d on d.id = h.dossier_id
                        where d.code = :code and h.action = 'MARK_OVERDUE'""")
                .param("code", code).query(Integer.class).single();
    }
}
