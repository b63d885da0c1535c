package org.motcua.organization;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.motcua.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class StaffApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void demoModeCreatesFiveAccountsPerUnitAndTheCityAccounts() {
        // every unit shipped with the platform (other tests may add units later) has its five demo accounts
        int unitsWithoutFive = jdbc.sql("""
                        select count(*) from organization_unit u
                        where u.type <> 'city' and u.effective_from = date '2025-07-01'
                          and (select count(*) from organization_staff_grant g
                               where g.unit_slug = u.slug and g.username = u.slug || '.' || g.role) <> 5""")
                .query(Integer.class).single();
        assertThat(unitsWithoutFive).isZero();
        assertThat(jdbc.sql("select count(*) from organization_unit where type <> 'city'").query(Integer.class)
                .single()).isGreaterThanOrEqualTo(181);
        JsonNode staff = ApiClient.as(port, "city.admin").get("/api/v1/units/so-tu-phap/staff").json();
        assertThat(staff.findValuesAsString("username")).contains("so-tu-phap.reception", "so-tu-phap.processor",
                "so-tu-phap.leader", "so-tu-phap.clerk", "so-tu-phap.admin");
        assertThat(ApiClient.as(port, "city.auditor").get("/api/v1/units/con-dao/staff").status()).isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsModernHashesNeverInClearText() {
        String hash = jdbc.sql("select password_hash from organization_staff_account where username = 'city.admin'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo");
    }

    @Test
    void unitAdminCreatesAnAccountAndChangesItsRolesWithAnAuditTrail() {
        ApiClient admin = ApiClient.as(port, "ben-thanh.admin");
        ApiClient.Response created = admin.post("/api/v1/units/ben-thanh/staff", Map.of("username", "ben-thanh.le-van-a",
                "displayName", "Lê Văn A", "password", "a long enough password", "roles", List.of("reception")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("grants").get(0).get("role").asString()).isEqualTo("reception");

        ApiClient.Response changed = admin.put("/api/v1/units/ben-thanh/staff/ben-thanh.le-van-a/roles",
                Map.of("roles", List.of("processor", "leader")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("grants").findValuesAsString("role")).containsExactly("leader", "processor");
        assertThat(audit.recent("staff:ben-thanh.le-van-a", 10)).extracting(e -> e.action())
                .containsExactly("STAFF_ROLES_CHANGED", "STAFF_ACCOUNT_CREATED");
    }

    @Test
    void rejectsInvalidAccountsNamingEachField() {
        ApiClient.Response response = ApiClient.as(port, "ben-thanh.admin").post("/api/v1/units/ben-thanh/staff",
                Map.of("username", "X", "displayName", "", "password", "short", "roles", List.of("mayor")));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("invalid-staff-account");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("roles[0]");
        ApiClient.Response fields = ApiClient.as(port, "ben-thanh.admin").post("/api/v1/units/ben-thanh/staff",
                Map.of("username", "X", "displayName", "", "password", "short", "roles", List.of("clerk")));
        assertThat(fields.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("username", "displayName", "password");
    }

    @Test
    void aTakenUsernameIsAConflictAndChangesNothing() {
        ApiClient.Response response = ApiClient.as(port, "ben-thanh.admin").post("/api/v1/units/ben-thanh/staff",
                Map.of("username", "sai-gon.leader", "displayName", "Ai đó", "password", "a long enough password",
                        "roles", List.of("clerk")));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("code").asString()).isEqualTo("staff-account-exists");
        assertThat(jdbc.sql("select count(*) from organization_staff_grant where username = 'sai-gon.leader'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsAnInvalidBodyProblem() {
        ApiClient.Response response = ApiClient.as(port, "ben-thanh.admin").post("/api/v1/units/ben-thanh/staff",
                "{\"username\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("invalid-body");
    }
}
