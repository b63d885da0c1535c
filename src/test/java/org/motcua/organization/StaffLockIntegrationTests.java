package org.motcua.organization;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.motcua.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator locks and unlocks accounts of their unit, and can never lock themselves out. */
@PlatformTest
class StaffLockIntegrationTests {

    private static final String UNIT = "cho-lon";
    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Test
    void aLockedAccountCannotLogInUntilItsAdministratorUnlocksIt() {
        // given an account of the unit that can log in
        String username = newAccount("processor");
        ApiClient official = ApiClient.as(port, username, PASSWORD);
        assertThat(official.get("/api/v1/me").status()).isEqualTo(200);

        // when the unit admin locks it
        ApiClient admin = ApiClient.as(port, UNIT + ".admin");
        ApiClient.Response locked = admin.post("/api/v1/units/" + UNIT + "/staff/" + username + "/lock", Map.of());

        // then it cannot log in (its cached login is forgotten at once), and the lock is audited
        assertThat(locked.status()).as(locked.toString()).isEqualTo(200);
        assertThat(locked.json().get("enabled").asBoolean()).isFalse();
        assertThat(official.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(audit.recent("staff:" + username, 5)).extracting(e -> e.action())
                .startsWith("STAFF_ACCOUNT_LOCKED_BY_ADMIN");

        // and once unlocked it logs in again
        ApiClient.Response unlocked = admin.post("/api/v1/units/" + UNIT + "/staff/" + username + "/unlock", Map.of());
        assertThat(unlocked.json().get("enabled").asBoolean()).isTrue();
        assertThat(official.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(audit.recent("staff:" + username, 5)).extracting(e -> e.action())
                .startsWith("STAFF_ACCOUNT_UNLOCKED", "STAFF_ACCOUNT_LOCKED_BY_ADMIN");
    }

    @Test
    void anAdministratorCannotLockTheirOwnAccount() {
        // given a second administrator of the unit
        String username = newAccount("admin");
        ApiClient self = ApiClient.as(port, username, PASSWORD);

        // when they try to lock themselves
        ApiClient.Response response = self.post("/api/v1/units/" + UNIT + "/staff/" + username + "/lock", Map.of());

        // then it is refused and they still log in
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("code").asString()).isEqualTo("staff-self-lockout");
        assertThat(self.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(audit.recent("staff:" + username, 5)).extracting(e -> e.action())
                .containsExactly("STAFF_ACCOUNT_CREATED");
    }

    @Test
    void anAdministratorCannotRevokeTheirOwnAdminRoleButMayChangeTheirOtherRoles() {
        String username = newAccount("admin");
        ApiClient self = ApiClient.as(port, username, PASSWORD);
        String roles = "/api/v1/units/" + UNIT + "/staff/" + username + "/roles";

        ApiClient.Response revoked = self.put(roles, Map.of("roles", List.of("processor")));
        assertThat(revoked.status()).isEqualTo(409);
        assertThat(revoked.json().get("code").asString()).isEqualTo("staff-self-lockout");

        ApiClient.Response added = self.put(roles, Map.of("roles", List.of("admin", "processor")));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("grants").findValuesAsString("role")).containsExactly("admin", "processor");

        // another administrator (here the city admin) may revoke it
        ApiClient.Response byCity = ApiClient.as(port, "city.admin").put(roles, Map.of("roles", List.of("processor")));
        assertThat(byCity.status()).isEqualTo(200);
    }

    @Test
    void anotherUnitsAdministratorCannotLockTheAccount() {
        String username = newAccount("clerk");
        ApiClient.Response response = ApiClient.as(port, "phu-lam.admin")
                .post("/api/v1/units/" + UNIT + "/staff/" + username + "/lock", Map.of());
        assertThat(response.status()).isEqualTo(403);
        ApiClient.Response wrongUnit = ApiClient.as(port, "phu-lam.admin")
                .post("/api/v1/units/phu-lam/staff/" + username + "/lock", Map.of());
        assertThat(wrongUnit.status()).isEqualTo(404);
        assertThat(ApiClient.as(port, username, PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
    }

    private String newAccount(String role) {
        String username = UNIT + ".lock-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        ApiClient.Response created = ApiClient.as(port, UNIT + ".admin").post("/api/v1/units/" + UNIT + "/staff",
                Map.of("username", username, "displayName", "Trần Thị Khóa", "password", PASSWORD,
                        "roles", List.of(role)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }
}
