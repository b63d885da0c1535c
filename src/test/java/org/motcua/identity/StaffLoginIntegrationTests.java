package org.motcua.identity;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.motcua.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class StaffLoginIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Test
    void demoAccountsLogInWithHttpBasicOnTheApi() {
        // city.admin may read any unit's staff; sai-gon.admin its own unit's
        assertThat(ApiClient.as(port, "city.admin").get("/api/v1/units/sai-gon/staff").status()).isEqualTo(200);
        assertThat(ApiClient.as(port, "sai-gon.admin").get("/api/v1/units/sai-gon/staff").status()).isEqualTo(200);
        assertThat(ApiClient.as(port, "so-tu-phap.processor").get("/api/v1/units/so-tu-phap/staff").status())
                .isEqualTo(403);
    }

    @Test
    void aUnitAdminCannotManageAnotherUnit() {
        ApiClient.Response response = ApiClient.as(port, "sai-gon.admin").get("/api/v1/units/ben-thanh/staff");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
    }

    @Test
    void wrongPasswordIsUnauthorizedProblemWithBasicChallenge() {
        ApiClient.Response response = ApiClient.as(port, "city.admin", "not-the-password")
                .get("/api/v1/units/sai-gon/staff");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void anonymousWritesAreUnauthorized() {
        ApiClient.Response response = ApiClient.anonymous(port).post("/api/v1/units/sai-gon/staff", Map.of());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() {
        // given a fresh account in Phường Tân Định
        ApiClient admin = ApiClient.as(port, "tan-dinh.admin");
        ApiClient.Response created = admin.post("/api/v1/units/tan-dinh/staff", Map.of("username", "tan-dinh.lockout",
                "displayName", "Nguyễn Văn Khóa", "password", "correct horse battery", "roles", List.of("processor")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ApiClient right = ApiClient.as(port, "tan-dinh.lockout", "correct horse battery");
        assertThat(right.get("/api/v1/units/tan-dinh/staff").status()).isEqualTo(403); // authenticated, not admin

        // when the password is wrong five times in a row
        for (int i = 0; i < 5; i++) {
            assertThat(ApiClient.as(port, "tan-dinh.lockout", "wrong " + i).get("/api/v1/units/tan-dinh/staff")
                    .status()).isEqualTo(401);
        }

        // then even the right password is refused, and the lock is in the audit trail
        assertThat(right.get("/api/v1/units/tan-dinh/staff").status()).isEqualTo(401);
        assertThat(audit.recent("staff:tan-dinh.lockout", 10))
                .anyMatch(e -> e.action().equals("STAFF_ACCOUNT_LOCKED"));

        // when the unit admin unlocks it, the right password works again
        assertThat(admin.post("/api/v1/units/tan-dinh/staff/tan-dinh.lockout/unlock", "").status()).isEqualTo(200);
        assertThat(right.get("/api/v1/units/tan-dinh/staff").status()).isEqualTo(403);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        ApiClient admin = ApiClient.as(port, "an-khanh.admin");
        assertThat(admin.post("/api/v1/units/an-khanh/staff", Map.of("username", "an-khanh.reset",
                "displayName", "Trần Thị Reset", "password", "another long password", "roles", List.of("clerk")))
                .status()).isEqualTo(201);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                ApiClient.as(port, "an-khanh.reset", "wrong").get("/api/v1/units/an-khanh/staff");
            }
            assertThat(ApiClient.as(port, "an-khanh.reset", "another long password")
                    .get("/api/v1/units/an-khanh/staff").status()).as("round " + round).isEqualTo(403);
        }
    }
}
