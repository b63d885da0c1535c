package org.motcua.identity;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.motcua.StatementCounter;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic logins and the caller's account are remembered between API calls, so a call costs no statement for
 * them; a revoked role and a lock still take effect on the very next call.
 */
@PlatformTest
class CachedLoginsIntegrationTests {

    @LocalServerPort
    int port;

    private static Map<String, Object> deskDossier(String unit, String personalId) {
        return Map.of("procedureCode", "1.004873.000.00.00.H29", "channel", "IN_PERSON", "receivingUnit", unit,
                "competentUnit", unit,
                "applicant", Map.of("personalId", personalId, "fullName", "Phạm Văn Cache", "dateOfBirth",
                        "1988-02-03", "phone", "0912345678", "address", "5 Bến Vân Đồn, Phường Khánh Hội"),
                "form", Map.of("currentStatus", "never-married", "purpose", "marriage"));
    }

    @Test
    void aRememberedLoginReadsAndWritesNothingAboutTheAccount() {
        ApiClient admin = ApiClient.as(port, "khanh-hoi.admin");
        // the first call logs in and reads the account (another endpoint may not ask who the caller is)
        assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
        var counted = StatementCounter.count(() -> admin.get("/api/v1/me"));
        assertThat(counted.result().status()).isEqualTo(200);
        assertThat(counted.statements()).as(counted.toString())
                .noneMatch(s -> s.contains("organization_staff_account") || s.contains("organization_staff_grant"));
    }

    @Test
    void aRevokedRoleTakesEffectAtTheNextCall() {
        ApiClient admin = ApiClient.as(port, "khanh-hoi.admin");
        assertThat(admin.post("/api/v1/units/khanh-hoi/staff", Map.of("username", "khanh-hoi.cached-desk",
                "displayName", "Phạm Văn Cache", "password", "a long cached password", "roles", List.of("reception")))
                .status()).isEqualTo(201);
        ApiClient desk = ApiClient.as(port, "khanh-hoi.cached-desk", "a long cached password");
        assertThat(desk.post("/api/v1/dossiers", deskDossier("khanh-hoi", "079188007001")).status()).isEqualTo(201);

        // when the unit admin takes the desk role away
        assertThat(admin.put("/api/v1/units/khanh-hoi/staff/khanh-hoi.cached-desk/roles",
                Map.of("roles", List.of("clerk"))).status()).isEqualTo(200);

        // then the very next call no longer takes in dossiers
        assertThat(desk.post("/api/v1/dossiers", deskDossier("khanh-hoi", "079188007002")).status()).isEqualTo(403);
    }

    @Test
    void aLockTakesEffectAtTheNextCallOfARememberedLogin() {
        ApiClient admin = ApiClient.as(port, "khanh-hoi.admin");
        assertThat(admin.post("/api/v1/units/khanh-hoi/staff", Map.of("username", "khanh-hoi.cached-lock",
                "displayName", "Phạm Văn Khóa", "password", "another cached password", "roles", List.of("clerk")))
                .status()).isEqualTo(201);
        ApiClient right = ApiClient.as(port, "khanh-hoi.cached-lock", "another cached password");
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200); // remembered

        for (int i = 0; i < 5; i++) {
            assertThat(ApiClient.as(port, "khanh-hoi.cached-lock", "wrong " + i).get("/api/v1/me").status())
                    .isEqualTo(401);
        }

        assertThat(right.get("/api/v1/me").status()).isEqualTo(401);
    }
}
