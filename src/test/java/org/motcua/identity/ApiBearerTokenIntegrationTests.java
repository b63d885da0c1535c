package org.motcua.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.Browser;
import org.motcua.DemoEid;
import org.motcua.DemoResidents;
import org.motcua.Jwts;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API clients (mobile apps, integrations) call the API with bearer tokens of the trusted issuers — here the embedded
 * demo e-ID provider; a tampered, expired or foreign token is refused with a 401 problem.
 */
@PlatformTest
class ApiBearerTokenIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedOpenIdProvider demoProvider;

    @BeforeEach
    void residents() {
        DemoResidents.ensure(jdbc);
    }

    private ApiClient bearer(String token) {
        return ApiClient.anonymous(port).header("Authorization", "Bearer " + token);
    }

    private Map<String, Object> claims(String issuer, Instant expiresAt) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", DemoResidents.LEVEL_2);
        claims.put("aud", List.of(demoProvider.clientId()));
        claims.put("iat", expiresAt.minusSeconds(600));
        claims.put("exp", expiresAt);
        claims.put("personal_id", DemoResidents.LEVEL_2);
        claims.put("name", "Lê Thị Thu Trang");
        claims.put("identity_level", 2);
        return claims;
    }

    private String issuer() {
        return "http://localhost:" + port + "/demo-eid";
    }

    private static void assertUnauthenticated(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void accessTokenOfTheDemoProviderIsAcceptedAndNamesTheCitizen() {
        JsonNode tokens = DemoEid.tokens(port, demoProvider, DemoResidents.LEVEL_2);
        ApiClient.Response me = bearer(tokens.get("access_token").asString()).get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("kind").asString()).isEqualTo("CITIZEN");
        assertThat(me.json().get("id").asString()).isEqualTo(DemoResidents.LEVEL_2);
        assertThat(me.json().get("citizen").get("level").asInt()).isEqualTo(2);
        assertThat(me.json().get("citizen").get("fullName").asString())
                .isEqualTo(DemoResidents.name(jdbc, DemoResidents.LEVEL_2));
    }

    @Test
    void tamperedTokenIsRefused() {
        String token = DemoEid.tokens(port, demoProvider, DemoResidents.LEVEL_1).get("access_token").asString();
        // the level-1 citizen claims to be the level-2 one
        ApiClient.Response response = bearer(Jwts.tamper(token, "personal_id", DemoResidents.LEVEL_2))
                .get("/api/v1/me");
        assertUnauthenticated(response);
        assertThat(response.body()).doesNotContain(DemoResidents.LEVEL_2);
    }

    @Test
    void expiredTokenSignedByTheProviderIsRefused() {
        // a genuine signature, but the token ran out two hours ago (beyond any clock skew)
        String expired = Jwts.sign(demoProvider.keys(), claims(issuer(), Instant.now().minusSeconds(7200)));
        assertUnauthenticated(bearer(expired).get("/api/v1/me"));
        // the same token still valid is accepted, so the refusal above is about the expiry alone
        String valid = Jwts.sign(demoProvider.keys(), claims(issuer(), Instant.now().plusSeconds(600)));
        assertThat(bearer(valid).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void tokenOfAnUntrustedIssuerIsRefused() {
        assertUnauthenticated(bearer(Jwts.signWithStrangerKey(claims("https://idp.example.org",
                Instant.now().plusSeconds(600)))).get("/api/v1/me"));
    }

    @Test
    void tokenClaimingTheDemoIssuerButSignedByAStrangerIsRefused() {
        assertUnauthenticated(bearer(Jwts.signWithStrangerKey(claims(issuer(), Instant.now().plusSeconds(600))))
                .get("/api/v1/me"));
    }

    @Test
    void tokenForAnotherClientIsRefused() {
        Map<String, Object> claims = claims(issuer(), Instant.now().plusSeconds(600));
        claims.put("aud", List.of("some-other-app"));
        assertUnauthenticated(bearer(Jwts.sign(demoProvider.keys(), claims)).get("/api/v1/me"));
    }

    @Test
    void invalidTokenAnswersWithABearerChallenge() {
        ApiClient.Response response = bearer("not-a-jwt").get("/api/v1/me");
        assertUnauthenticated(response);
    }

    @Test
    void theBrowserSessionOfAnEidLoginCannotChangeAnythingWithoutTheCsrfToken() {
        Browser browser = DemoEid.browser(port, DemoResidents.LEVEL_2);
        Browser.Page withoutToken = browser.json("POST", "http://localhost:" + port + "/api/v1/dossiers",
                Map.of("procedureCode", "2.000884.000.00.00.H29"), Map.of());
        assertThat(withoutToken.status()).as(withoutToken.toString()).isEqualTo(403);
        assertThat(withoutToken.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(withoutToken.json().get("detail").asString()).contains("X-XSRF-TOKEN");
        // with the token the request gets through to the API (which then finds the body incomplete)
        Browser.Page withToken = browser.json("POST", "http://localhost:" + port + "/api/v1/dossiers",
                Map.of("procedureCode", "2.000884.000.00.00.H29"), Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
        assertThat(withToken.status()).as(withToken.toString()).isEqualTo(422);
    }

    @Test
    void theApiSetsNoCookieOnAnswersToClientsWithoutABrowserSession() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString("sai-gon.processor:demo".getBytes());
        for (HttpRequest request : List.of(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/public/dossiers/NO-SUCH"))
                        .build(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units")).build(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness")).build(),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/inbox"))
                        .header("Authorization", basic).build())) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(request.uri().toString()).isIn(200, 404);
            assertThat(response.headers().allValues("Set-Cookie")).as(request.uri().toString()).isEmpty();
        }
    }

    @Test
    void theApiNeverStartsASession() {
        ApiClient.Response response = ApiClient.anonymous(port).get("/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
        Browser browser = new Browser();
        browser.json("GET", "http://localhost:" + port + "/api/v1/me", null, Map.of());
        assertThat(browser.cookie("JSESSIONID")).isNull();
    }
}
