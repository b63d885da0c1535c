package org.motcua.demoidp;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.Browser;
import org.motcua.DemoResidents;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen logs in to the platform through the embedded demo e-ID provider, over real HTTP, as a browser would. */
@PlatformTest
class DemoEidLoginIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void residents() {
        DemoResidents.ensure(jdbc);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void citizenLogsInThroughTheDemoProviderWithAuthorizationCodeAndPkce() {
        Browser browser = new Browser();
        // when the citizen starts the e-ID login, they land on the demo provider's login page
        Browser.Page loginPage = browser.get(url("/oauth2/authorization/eid"));
        assertThat(loginPage.uri().getPath()).as(loginPage.toString()).isEqualTo("/demo-eid/login");
        URI authorize = browser.visited().stream().filter(u -> u.getPath().equals("/demo-eid/oauth2/authorize"))
                .findFirst().orElseThrow();
        Map<String, String> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
        assertThat(query).containsEntry("response_type", "code").containsEntry("code_challenge_method", "S256")
                .containsKeys("code_challenge", "state", "nonce");
        assertThat(query.get("scope")).contains("openid");

        // and choose a person: the provider sends them back with a code, the platform redeems it and logs them in
        Browser.Page account = browser.post(url("/demo-eid/login"), Map.of("_csrf", loginPage.hidden("_csrf"),
                "personalId", DemoResidents.LEVEL_2));
        assertThat(account.status()).as(account.toString()).isEqualTo(200);
        assertThat(account.uri().getPath()).isEqualTo("/account");
        assertThat(browser.visited()).anyMatch(u -> u.getPath().equals("/login/oauth2/code/eid"));

        // then the API knows the citizen from the ID token's claims
        JsonNode me = browser.json("GET", url("/api/v1/me"), null, Map.of()).json();
        assertThat(me.get("kind").asString()).isEqualTo("CITIZEN");
        assertThat(me.get("id").asString()).isEqualTo(DemoResidents.LEVEL_2);
        JsonNode citizen = me.get("citizen");
        assertThat(citizen.get("personalId").asString()).isEqualTo(DemoResidents.LEVEL_2);
        assertThat(citizen.get("fullName").asString()).isEqualTo(DemoResidents.name(jdbc, DemoResidents.LEVEL_2));
        assertThat(citizen.get("birthDate").asString()).isEqualTo(jdbc.sql(
                "select birth_date::text from registry_person where personal_id = :id")
                .param("id", DemoResidents.LEVEL_2).query(String.class).single());
        assertThat(citizen.get("sex").asString()).isIn("male", "female");
        assertThat(citizen.get("residence").asString()).endsWith("Thành phố Hồ Chí Minh");
        assertThat(citizen.get("level").asInt()).isEqualTo(2);
        assertThat(account.body()).contains(DemoResidents.LEVEL_2);
    }

    @Test
    void theAccountPageExplainsWhatALevelOneCitizenCannotDo() {
        Browser browser = new Browser();
        Browser.Page loginPage = browser.get(url("/oauth2/authorization/eid"));
        Browser.Page account = browser.post(url("/demo-eid/login"), Map.of("_csrf", loginPage.hidden("_csrf"),
                "personalId", DemoResidents.LEVEL_1));
        assertThat(account.uri().getPath()).as(browser.visited() + "\n" + account).isEqualTo("/account");
        assertThat(account.body()).contains("Mức 1").contains("định danh mức 2").contains("bộ phận một cửa");
        assertThat(browser.json("GET", url("/api/v1/me"), null, Map.of()).json().get("citizen").get("level").asInt())
                .isEqualTo(1);
    }

    @Test
    void theLoginPageListsDemoCitizensWithTheirLevelAndSaysThereIsNoPassword() {
        Browser.Page page = new Browser().get(url("/demo-eid/login"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\">").contains("không có mật khẩu")
                .contains("data-personal-id=").contains("Mức ");
        assertThat(page.body()).doesNotContain("<input type=\"password\"");
    }

    @Test
    void someoneOutsideTheDemoPopulationCannotLogIn() {
        Browser browser = new Browser();
        Browser.Page loginPage = browser.get(url("/oauth2/authorization/eid"));
        Browser.Page refused = browser.post(url("/demo-eid/login"), Map.of("_csrf", loginPage.hidden("_csrf"),
                "personalId", "079199999990"));
        assertThat(refused.uri().getPath()).isEqualTo("/demo-eid/login");
        assertThat(refused.uri().getQuery()).isEqualTo("error");
        assertThat(refused.body()).contains("Lỗi: ");
        assertThat(browser.json("GET", url("/api/v1/me"), null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void discoveryDocumentNamesTheIssuerUnderDemoEid() {
        JsonNode metadata = new Browser().get(url("/demo-eid/.well-known/openid-configuration")).json();
        assertThat(metadata.get("issuer").asString()).isEqualTo(url("/demo-eid"));
        assertThat(metadata.get("authorization_endpoint").asString()).isEqualTo(url("/demo-eid/oauth2/authorize"));
        assertThat(metadata.get("jwks_uri").asString()).isEqualTo(url("/demo-eid/oauth2/jwks"));
    }
}
