package org.motcua.identity;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Without demo mode there are no demo accounts and HTTP Basic is not accepted at all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "motcua.demo.enabled=false")
class ProductionModeIntegrationTests {

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
}
