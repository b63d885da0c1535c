package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.dossier.DossierFixtures.maritalStatusAtDesk;
import static org.motcua.dossier.DossierFixtures.with;

/** Every bad input the dossier API must answer clearly, losing nothing. */
@PlatformTest
class DossierBadInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private String intake(String unit, String personalId) {
        ApiClient.Response r = as(unit + ".reception").post("/api/v1/dossiers",
                maritalStatusAtDesk(unit, unit, personalId));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("code").asString();
    }

    @Test
    void formDataNotMatchingTheSchemaIs422WithOneEntryPerField() {
        Map<String, Object> body = with(maritalStatusAtDesk("ben-thanh", "ben-thanh", "079190002001"), "form",
                Map.of("currentStatus", "complicated", "copies", "two",
                        "intendedSpouse", Map.of("birthDate", "17/05/1990")));
        ApiClient.Response response = as("ben-thanh.reception").post("/api/v1/dossiers", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("invalid-form-data");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("form.currentStatus",
                "form.copies", "form.purpose", "form.intendedSpouse.fullName", "form.intendedSpouse.birthDate");
        assertThat(count("079190002001")).isZero();
    }

    @Test
    void invalidApplicantDetailsAreNamedField() {
        Map<String, Object> body = with(maritalStatusAtDesk("ben-thanh", "ben-thanh", "12345"), "channel", "FAX");
        ApiClient.Response response = as("ben-thanh.reception").post("/api/v1/dossiers", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("channel");
        ApiClient.Response badId = as("ben-thanh.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("ben-thanh", "ben-thanh", "12345"));
        assertThat(badId.status()).isEqualTo(422);
        assertThat(badId.json().get("errors").findValuesAsString("field")).containsExactly("applicant.personalId");
    }

    @Test
    void unknownProcedureIs404() {
        ApiClient.Response response = as("ben-thanh.reception").post("/api/v1/dossiers",
                with(maritalStatusAtDesk("ben-thanh", "ben-thanh", "079190002002"), "procedureCode",
                        "9.999999.000.00.00.H29"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("procedure-not-found");
    }

    @Test
    void aDeskCannotTakeInForAnotherUnitsDesk() {
        ApiClient.Response response = as("ben-thanh.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("sai-gon", "sai-gon", "079190002003"));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void staffOfAnotherUnitAreToldTheDossierDoesNotExist() {
        String code = intake("ben-thanh", "079190002004");
        ApiClient.Response response = as("con-dao.processor").get("/api/v1/dossiers/" + code);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("dossier-not-found");
        ApiClient.Response action = as("con-dao.leader").post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "STOP", "reason", "x"));
        assertThat(action.status()).isEqualTo(404);
        assertThat(as("city.auditor").get("/api/v1/dossiers/" + code).status()).isEqualTo(200);
    }

    @Test
    void anActionTheRoleDoesNotAllowIs403WithTheCurrentStatus() {
        String code = intake("ben-thanh", "079190002005");
        ApiClient.Response response = as("ben-thanh.processor").post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "FORWARD"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("status").get("code").asInt()).isEqualTo(2);
    }

    @Test
    void anActionTheStatusDoesNotAllowIs409WithTheCurrentStatus() {
        String code = intake("ben-thanh", "079190002006");
        ApiClient.Response response = as("ben-thanh.clerk").post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "RETURN_RESULT"));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("code").asString()).isEqualTo("dossier-action-not-allowed");
        assertThat(response.json().get("status").get("code").asInt()).isEqualTo(2);
        ApiClient.Response unknown = as("ben-thanh.clerk").post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "DANCE"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("action");
    }

    @Test
    void twoConflictingActionsAtOnceOneWinsTheOtherGets409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String code = intake("ben-thanh", "07919000210" + round);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<ApiClient.Response> forward = pool.submit(() -> {
                start.await();
                return as("ben-thanh.reception").post("/api/v1/dossiers/" + code + "/actions",
                        Map.of("action", "FORWARD"));
            });
            Future<ApiClient.Response> refuse = pool.submit(() -> {
                start.await();
                return as("ben-thanh.reception").post("/api/v1/dossiers/" + code + "/actions",
                        Map.of("action", "REFUSE", "reason", "Hồ sơ giả mạo"));
            });
            start.countDown();
            List<Integer> statuses = List.of(forward.get().status(), refuse.get().status());
            pool.shutdown();
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
            JsonNode dossier = as("ben-thanh.reception").get("/api/v1/dossiers/" + code).json();
            assertThat(dossier.get("history").findValuesAsString("action")).hasSize(3);
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameDossier() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = maritalStatusAtDesk("ben-thanh", "ben-thanh", "079190002201");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ApiClient.Response>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(pool.submit(() -> as("ben-thanh.reception").header("Idempotency-Key", key)
                    .post("/api/v1/dossiers", body)));
        }
        Set<String> codes = ConcurrentHashMap.newKeySet();
        for (Future<ApiClient.Response> attempt : attempts) {
            assertThat(attempt.get().status()).as(attempt.get().toString()).isEqualTo(201);
            codes.add(attempt.get().json().get("code").asString());
        }
        pool.shutdown();
        assertThat(codes).hasSize(1);
        assertThat(count("079190002201")).isEqualTo(1);

        ApiClient.Response different = as("ben-thanh.reception").header("Idempotency-Key", key)
                .post("/api/v1/dossiers", maritalStatusAtDesk("ben-thanh", "ben-thanh", "079190002202"));
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.json().get("code").asString()).isEqualTo("idempotency-key-reused");
        assertThat(count("079190002202")).isZero();
    }

    @Test
    void concurrentSubmissionsGetUniqueCodes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ApiClient.Response>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format("0791900030%02d", i);
            results.add(pool.submit(() -> as("phu-nhuan.reception").post("/api/v1/dossiers",
                    maritalStatusAtDesk("phu-nhuan", "phu-nhuan", id))));
        }
        Set<String> codes = ConcurrentHashMap.newKeySet();
        for (Future<ApiClient.Response> r : results) {
            assertThat(r.get().status()).as(r.get().toString()).isEqualTo(201);
            codes.add(r.get().json().get("code").asString());
        }
        pool.shutdown();
        assertThat(codes).hasSize(40);
    }

    @Test
    void anOversizedUploadIs413AndAFileWhoseContentIsNotAllowedIs415() {
        String code = intake("ben-thanh", "079190002301");
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        ApiClient.Response tooBig = as("ben-thanh.reception").upload("/api/v1/dossiers/" + code + "/files",
                Map.of(), "big.pdf", big);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().get("code").asString()).isEqualTo("file-too-large");

        ApiClient.Response disguised = as("ben-thanh.reception").upload("/api/v1/dossiers/" + code + "/files",
                Map.of(), "scan.pdf", "MZ this is an executable, not a PDF".getBytes());
        assertThat(disguised.status()).isEqualTo(415);
        assertThat(disguised.json().get("code").asString()).isEqualTo("unsupported-file-type");

        ApiClient.Response component = as("ben-thanh.reception").upload("/api/v1/dossiers/" + code + "/components",
                Map.of("componentId", "no-such-component"), "scan.pdf", DossierFixtures.pdf("x"));
        assertThat(component.status()).isEqualTo(422);
        assertThat(component.json().get("errors").get(0).get("field").asString()).isEqualTo("componentId");
    }

    @Test
    void aSecondSupplementRequestCountsTheDossierLate() {
        String code = intake("ben-thanh", "079190002401");
        as("ben-thanh.reception").post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "FORWARD"));
        for (int i = 0; i < 2; i++) {
            assertThat(as("ben-thanh.processor").post("/api/v1/dossiers/" + code + "/actions",
                    Map.of("action", "REQUEST_SUPPLEMENT", "reason", "Thiếu giấy tờ " + i,
                            "missing", List.of("Bản sao giấy tờ " + i))).status()).isEqualTo(200);
            assertThat(as("ben-thanh.reception").post("/api/v1/dossiers/" + code + "/actions",
                    Map.of("action", "SUPPLEMENT")).status()).isEqualTo(200);
        }
        for (String user : List.of("ben-thanh.processor", "ben-thanh.leader", "ben-thanh.clerk")) {
            assertThat(as(user).post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "FORWARD"))
                    .status()).isEqualTo(200);
        }
        JsonNode finished = as("ben-thanh.clerk").get("/api/v1/dossiers/" + code).json();
        assertThat(finished.get("status").get("code").asInt()).isEqualTo(9);
        assertThat(finished.get("onTime").asBoolean()).isFalse();
    }

    @Test
    void theProcessControlSlipCannotBeChangedOrDeleted() {
        String code = intake("ben-thanh", "079190002501");
        long id = jdbc.sql("select id from dossier where code = :c").param("c", code).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update dossier_history set note = 'forged' where dossier_id = :id")
                .param("id", id).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from dossier_history where dossier_id = :id")
                .param("id", id).update()).hasMessageContaining("append-only");
    }

    private int count(String personalId) {
        return jdbc.sql("select count(*) from dossier where applicant_personal_id = :id").param("id", personalId)
                .query(Integer.class).single();
    }
}
