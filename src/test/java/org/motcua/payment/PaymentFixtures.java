package org.motcua.payment;

import org.motcua.ApiClient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A dossier that owes a fee, and gateway notifications signed like the demo gateway signs them. */
final class PaymentFixtures {

    /** Certified copies from originals: 2,000 + 1,000 VND of fee lines, same day, at any ward desk. */
    static final String CERTIFIED_COPY = "2.000815.000.00.00.H29";
    static final long CERTIFIED_COPY_FEES = 3000;
    /** Certificate of marital status: no fee. */
    static final String MARITAL_STATUS = "1.004873.000.00.00.H29";
    static final String SECRET = "demo-secret";

    private PaymentFixtures() {
    }

    /** Reception of {@code unit} takes in a certified-copy dossier for {@code personalId}; returns its code. */
    static String feeOwingDossier(int port, String unit, String personalId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", CERTIFIED_COPY);
        body.put("channel", "IN_PERSON");
        body.put("receivingUnit", unit);
        body.put("competentUnit", unit);
        body.put("applicant", Map.of("personalId", personalId, "fullName", "Trần Văn Bình", "phone", "0912345678"));
        body.put("form", Map.of("documentTitle", "Bằng tốt nghiệp đại học", "issuingAuthority",
                "Trường Đại học Bách khoa", "pageCount", 2, "copies", 3));
        ApiClient.Response r = ApiClient.as(port, unit + ".reception").post("/api/v1/dossiers", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("code").asString();
    }

    static String noFeeDossier(int port, String unit, String personalId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", MARITAL_STATUS);
        body.put("channel", "IN_PERSON");
        body.put("receivingUnit", unit);
        body.put("competentUnit", unit);
        body.put("applicant", Map.of("personalId", personalId, "fullName", "Lê Thị Cúc"));
        body.put("form", Map.of("currentStatus", "never-married", "purpose", "marriage"));
        ApiClient.Response r = ApiClient.as(port, unit + ".reception").post("/api/v1/dossiers", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("code").asString();
    }

    /** A notification as the gateway sends it, signed with {@code secret}. */
    static Map<String, Object> notification(String partner, String billId, String transactionId, long amount,
                                            String resultCode, String secret) {
        String paidAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        GatewayNotification unsigned = new GatewayNotification(partner, billId, transactionId, amount, resultCode,
                paidAt, null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerCode", partner);
        body.put("billId", billId);
        body.put("transactionId", transactionId);
        body.put("amount", amount);
        body.put("resultCode", resultCode);
        body.put("paidAt", paidAt);
        body.put("checksum", Checksums.sign(unsigned.signedText(), secret));
        return body;
    }

    /** A successful payment notification of the demo partner, paid at the given time (ISO-8601 with offset). */
    static Map<String, Object> paidAt(String billId, String transactionId, long amount, String paidAt) {
        GatewayNotification unsigned = new GatewayNotification("DEMO", billId, transactionId, amount, "00", paidAt,
                null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerCode", "DEMO");
        body.put("billId", billId);
        body.put("transactionId", transactionId);
        body.put("amount", amount);
        body.put("resultCode", "00");
        body.put("paidAt", paidAt);
        body.put("checksum", Checksums.sign(unsigned.signedText(), SECRET));
        return body;
    }

    static Map<String, Object> paid(String billId, String transactionId, long amount) {
        return notification("DEMO", billId, transactionId, amount, "00", SECRET);
    }

    /**
     * The payer at the demo gateway: opens the bill's page (which sets the CSRF cookie) and chooses {@code pay},
     * {@code cancel} or {@code fail}; the gateway notifies the platform before it answers. Returns the browser's
     * redirect back (303 with Location).
     */
    static java.net.http.HttpResponse<String> atDemoGateway(int port, String billId, String choice) {
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port + "/demo-gateway/bills/" + billId;
        try {
            java.net.http.HttpResponse<String> page = browser.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base)).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            String xsrf = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst()
                    .orElseThrow();
            return browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/" + choice))
                    .header("X-XSRF-TOKEN", xsrf).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
