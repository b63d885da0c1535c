package org.motcua.identity;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.Browser;
import org.motcua.Jwts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without demo mode there are no demo accounts and HTTP Basic is not accepted at all. The e-ID provider configured
 * here does not answer (nothing listens on port 1): the platform must start and explain, not fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.demo.enabled=false", ProductionModeIntegrationTests.DOWN_ISSUER_PROPERTY})
class ProductionModeIntegrationTests {

    static final String DOWN_ISSUER = "http://127.0.0.1:1/national-eid";
    static final String DOWN_ISSUER_PROPERTY = "motcua.eid.issuer=" + DOWN_ISSUER;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noDemoAccountsAndNoHttpBasic() {
        assertThat(jdbc.sql("select count(*) from organization_staff_account").query(Integer.class).single()).isZero();
        ApiClient.Response response = ApiClient.as(port, "city.admin").get("/api/v1/units/sai-gon/staff");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("unauthenticated");
        assertThat(response.body()).doesNotContain("demo");
    }

    @Test
    void referenceDataIsStillLoaded() {
        assertThat(ApiClient.anonymous(port).get("/api/v1/units?type=ward").json().size()).isEqualTo(113);
    }

    @Test
    void anUnreachableEidProviderSendsTheCitizenBackToTheLoginPageWithAnExplanation() {
        Browser.Page page = new Browser().get("http://localhost:" + port + "/oauth2/authorization/eid");
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Lỗi: ").contains("Hiện không thể kết nối");
    }

    @Test
    void aBearerTokenOfTheUnreachableProviderIsAnsweredWith503() {
        String token = Jwts.signWithStrangerKey(Map.of("iss", DOWN_ISSUER, "sub", "x",
                "exp", Instant.now().plusSeconds(600), "personal_id", "079201001234"));
        ApiClient.Response response = ApiClient.anonymous(port).header("Authorization", "Bearer " + token)
                .get("/api/v1/me");
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.json().get("code").asString()).isEqualTo("identity-provider-unavailable");
    }

    @Test
    void theDemoProviderIsOffOutsideDemoMode() {
        assertThat(new Browser().get("http://localhost:" + port + "/demo-eid/login").status()).isEqualTo(404);
    }
}
