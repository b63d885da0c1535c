package org.motcua.identity;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.Browser;
import org.motcua.Jwts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interoperability: the platform logs citizens and staff in through an OpenID provider nobody here wrote
 * (NAV's mock-oauth2-server, started by the test) exactly as it would through VNeID or the city's Keycloak, and
 * accepts that provider's tokens on the API. The demo provider is off because {@code MOTCUA_EID_ISSUER} is set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThirdPartyEidIntegrationTests {

    private static final String CITIZEN_ID = "079201001234";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("motcua.eid.issuer", () -> PROVIDER.issuerUrl("eid").toString());
        registry.add("motcua.eid.client-id", () -> "motcua-rp");
        registry.add("motcua.eid.client-secret", () -> "rp-secret");
        registry.add("motcua.staff-oidc.issuer", () -> PROVIDER.issuerUrl("city").toString());
        registry.add("motcua.staff-oidc.client-id", () -> "motcua-staff");
        registry.add("motcua.staff-oidc.client-secret", () -> "staff-secret");
    }

    @AfterAll
    static void stop() {
        // the context stays cached for other classes with the same configuration; none exists, so stop
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Map<String, Object> citizenClaims(String personalId, int level) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("personal_id", personalId);
        claims.put("name", "Võ Thị Sáu");
        claims.put("birthdate", "2001-01-15");
        claims.put("gender", "female");
        claims.put("residence", Map.of("formatted", "5 Nguyễn Huệ, Phường Sài Gòn, Thành phố Hồ Chí Minh"));
        claims.put("identity_level", level);
        return claims;
    }

    private static ApiClient bearer(int port, String token) {
        return ApiClient.anonymous(port).header("Authorization", "Bearer " + token);
    }

    private String token(String issuerId, String audience, Map<String, Object> claims, long expirySeconds) {
        return PROVIDER.issueToken(issuerId, "mobile-app", new DefaultOAuth2TokenCallback(issuerId, "opaque-subject",
                "JWT", List.of(audience), claims, expirySeconds)).serialize();
    }

    @Test
    void citizenLogsInThroughAThirdPartyProviderWithAuthorizationCodeAndPkce() throws Exception {
        // given the provider will vouch for a level-2 citizen whose sub is opaque
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("eid", "vneid-7f3a9c", "JWT", null,
                citizenClaims(CITIZEN_ID, 2), 3600));
        Browser browser = new Browser();

        // when they log in: platform → provider's authorize endpoint → back with a code → code redeemed
        Browser.Page account = browser.get(url("/oauth2/authorization/eid"));
        assertThat(account.uri().getPath()).as(browser.visited() + "\n" + account).isEqualTo("/account");
        URI authorize = browser.visited().stream().filter(u -> u.getPath().equals("/eid/authorize")).findFirst()
                .orElseThrow();
        assertThat(authorize.getPort()).isEqualTo(PROVIDER.baseUrl().port());
        Map<String, String> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams()
                .toSingleValueMap();
        assertThat(query).containsEntry("client_id", "motcua-rp").containsEntry("code_challenge_method", "S256")
                .containsKeys("code_challenge", "nonce", "state");

        // then the provider received the PKCE verifier whose S256 hash is the challenge sent by the browser
        String verifier = tokenRequestParameter("code_verifier");
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(query.get("code_challenge"));

        // and the platform knows the citizen by the configured claims, not by the provider's sub
        JsonNode me = browser.json("GET", url("/api/v1/me"), null, Map.of()).json();
        assertThat(me.get("kind").asString()).isEqualTo("CITIZEN");
        assertThat(me.get("id").asString()).isEqualTo(CITIZEN_ID);
        assertThat(me.get("displayName").asString()).isEqualTo("Võ Thị Sáu");
        JsonNode citizen = me.get("citizen");
        assertThat(citizen.get("personalId").asString()).isEqualTo(CITIZEN_ID);
        assertThat(citizen.get("birthDate").asString()).isEqualTo("2001-01-15");
        assertThat(citizen.get("sex").asString()).isEqualTo("female");
        assertThat(citizen.get("residence").asString()).startsWith("5 Nguyễn Huệ");
        assertThat(citizen.get("level").asInt()).isEqualTo(2);
    }

    /** The parameter of the most recent token request the provider received. */
    private static String tokenRequestParameter(String name) {
        String found = null;
        RecordedRequest request;
        while ((request = next()) != null) {
            if (request.getPath() != null && request.getPath().startsWith("/eid/token")) {
                for (String pair : request.getBody().readUtf8().split("&")) {
                    String[] kv = pair.split("=", 2);
                    if (kv[0].equals(name)) {
                        found = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                    }
                }
            }
        }
        assertThat(found).as("token request with " + name).isNotNull();
        return found;
    }

    /** The next request the provider recorded, or null when there is none (it throws on an empty queue). */
    private static RecordedRequest next() {
        try {
            return PROVIDER.takeRequest(200, TimeUnit.MILLISECONDS);
        } catch (RuntimeException empty) {
            return null;
        }
    }

    @Test
    void anIdTokenWithoutPersonalIdOrTaxCodeIsRefusedWithAnExplanation() {
        Map<String, Object> claims = citizenClaims(CITIZEN_ID, 2);
        claims.remove("personal_id");
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("eid", "vneid-anon", "JWT", null, claims, 3600));
        Browser browser = new Browser();
        Browser.Page page = browser.get(url("/oauth2/authorization/eid"));
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.body()).contains("Lỗi: ").contains("số định danh cá nhân hoặc mã số thuế");
        assertThat(browser.json("GET", url("/api/v1/me"), null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void staffLogInThroughTheCityProviderAsTheirExistingAccount() {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("city", "kc-42", "JWT", null,
                Map.of("preferred_username", "sai-gon.reception"), 3600));
        Browser browser = new Browser();
        Browser.Page account = browser.get(url("/oauth2/authorization/staff"));
        assertThat(account.uri().getPath()).as(browser.visited() + "\n" + account).isEqualTo("/account");
        JsonNode me = browser.json("GET", url("/api/v1/me"), null, Map.of()).json();
        assertThat(me.get("kind").asString()).isEqualTo("STAFF");
        assertThat(me.get("id").asString()).isEqualTo("sai-gon.reception");
        assertThat(me.get("grants").findValuesAsString("unitSlug")).contains("sai-gon");
        assertThat(me.has("citizen")).isFalse();
    }

    @Test
    void aCityLoginWithoutAStaffAccountIsRefusedWithAClearMessage() {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("city", "kc-43", "JWT", null,
                Map.of("preferred_username", "nobody.here"), 3600));
        Browser browser = new Browser();
        Browser.Page page = browser.get(url("/oauth2/authorization/staff"));
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.uri().getQuery()).isEqualTo("error");
        assertThat(page.body()).contains("chưa gắn với tài khoản cán bộ nào");
        assertThat(browser.json("GET", url("/api/v1/me"), null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void bearerTokenOfTheEidIssuerNamesTheCitizen() {
        ApiClient.Response me = bearer(port, token("eid", "mobile-app", citizenClaims(CITIZEN_ID, 1), 600))
                .get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo(CITIZEN_ID);
        assertThat(me.json().get("citizen").get("level").asInt()).isEqualTo(1);
    }

    @Test
    void bearerTokenOfAnOrganisationAccountActsUnderItsTaxCode() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("tax_code", "0312345678");
        claims.put("name", "Công ty TNHH Một Cửa Thử Nghiệm");
        claims.put("identity_level", "2");
        ApiClient.Response me = bearer(port, token("eid", "mobile-app", claims, 600)).get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo("0312345678");
        assertThat(me.json().get("citizen").get("taxCode").asString()).isEqualTo("0312345678");
        assertThat(me.json().get("citizen").get("level").asInt()).isEqualTo(2);
    }

    @Test
    void bearerTokenOfTheStaffIssuerActsWithTheStaffAccountsRoles() {
        String token = token("city", "motcua-api", Map.of("preferred_username", "sai-gon.admin"), 600);
        assertThat(bearer(port, token).get("/api/v1/units/sai-gon/staff").status()).isEqualTo(200);
        assertThat(bearer(port, token).get("/api/v1/units/ben-thanh/staff").status()).isEqualTo(403);
    }

    @Test
    void expiredTamperedForeignAndNamelessTokensAreRefused() {
        String valid = token("eid", "mobile-app", citizenClaims(CITIZEN_ID, 2), 600);
        assertThat(bearer(port, valid).get("/api/v1/me").status()).isEqualTo(200);

        assertUnauthenticated(bearer(port, token("eid", "mobile-app", citizenClaims(CITIZEN_ID, 2), -7200)));
        assertUnauthenticated(bearer(port, Jwts.tamper(valid, "personal_id", "079201009999")));
        // a real token of the same provider, but of an issuer the platform was not told to trust
        assertUnauthenticated(bearer(port, token("elsewhere", "mobile-app", citizenClaims(CITIZEN_ID, 2), 600)));
        assertUnauthenticated(bearer(port, token("city", "mobile-app", Map.of("preferred_username", "nobody.here"),
                600)));
        Map<String, Object> nameless = citizenClaims(CITIZEN_ID, 2);
        nameless.remove("personal_id");
        assertUnauthenticated(bearer(port, token("eid", "mobile-app", nameless, 600)));
    }

    private static void assertUnauthenticated(ApiClient client) {
        ApiClient.Response response = client.get("/api/v1/me");
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void theDemoProviderIsOffWhenAnEidIssuerIsConfigured() {
        assertThat(context.getBeanNamesForType(EmbeddedOpenIdProvider.class)).isEmpty();
        assertThat(new Browser().get(url("/demo-eid/.well-known/openid-configuration")).status()).isEqualTo(404);
        assertThat(new Browser().get(url("/demo-eid/login")).status()).isEqualTo(404);
        Browser.Page login = new Browser().get(url("/login"));
        assertThat(login.body()).contains("/oauth2/authorization/eid").contains("/oauth2/authorization/staff")
                .doesNotContain("trình diễn");
    }
}
