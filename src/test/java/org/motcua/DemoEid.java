package org.motcua;

import org.motcua.identity.EmbeddedOpenIdProvider;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test support: logs in at the embedded demo e-ID provider as the platform's client would (authorization code with
 * PKCE), and returns the tokens — for API calls with {@code Authorization: Bearer}, as a mobile app would make them.
 * Or logs a {@link Browser} in to the platform.
 */
public final class DemoEid {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoEid() {
    }

    /** The tokens the demo provider's token endpoint returned ({@code access_token}, {@code id_token}, …). */
    public static JsonNode tokens(int port, EmbeddedOpenIdProvider provider, String personalId) {
        String base = "http://localhost:" + port;
        String redirect = base + "/login/oauth2/code/eid";
        String verifier = random();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        Browser browser = new Browser();
        Browser.Page loginPage = browser.get(base + "/demo-eid/oauth2/authorize?response_type=code&client_id="
                + provider.clientId() + "&scope=openid%20profile&state=s1&nonce=n1&redirect_uri=" + encode(redirect)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256");
        browser.post(base + "/demo-eid/login", Map.of("_csrf", loginPage.hidden("_csrf"), "personalId", personalId));
        URI callback = browser.visited().stream().filter(u -> u.getPath().equals("/login/oauth2/code/eid"))
                .findFirst().orElseThrow(() -> new AssertionError("No code for " + personalId + ": " + browser.visited()));
        String code = UriComponentsBuilder.fromUri(callback).build().getQueryParams().getFirst("code");
        String form = Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirect,
                        "code_verifier", verifier).entrySet().stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "/demo-eid/oauth2/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (provider.clientId() + ":" + provider.clientSecret()).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("Token request refused: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A browser logged in to the platform through the demo provider as {@code personalId}. */
    public static Browser browser(int port, String personalId) {
        String base = "http://localhost:" + port;
        Browser browser = new Browser();
        Browser.Page loginPage = browser.get(base + "/oauth2/authorization/eid");
        Browser.Page account = browser.post(base + "/demo-eid/login", Map.of("_csrf", loginPage.hidden("_csrf"),
                "personalId", personalId));
        if (!account.uri().getPath().equals("/account")) {
            throw new AssertionError("Login as " + personalId + " failed: " + account);
        }
        return browser;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
