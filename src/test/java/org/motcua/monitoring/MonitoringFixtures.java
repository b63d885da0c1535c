package org.motcua.monitoring;

import org.motcua.ApiClient;
import org.motcua.payment.GatewayNotification;
import tools.jackson.databind.JsonNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Dossiers in every state the indicators distinguish, made through the real API. */
final class MonitoringFixtures {

    /** Certificate of marital status: steps reception → processor → leader (competent) → clerk (receiving). */
    static final String MARITAL_STATUS = "1.004873.000.00.00.H29";
    /** Certified copies: 3,000 VND of fees. */
    static final String CERTIFIED_COPY = "2.000815.000.00.00.H29";

    private final int port;

    MonitoringFixtures(int port) {
        this.port = port;
    }

    static String thisMonth() {
        return YearMonth.now(DossierContribution.ZONE).toString();
    }

    ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    String maritalStatus(String unit, String personalId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", MARITAL_STATUS);
        body.put("channel", "IN_PERSON");
        body.put("receivingUnit", unit);
        body.put("competentUnit", unit);
        body.put("applicant", Map.of("personalId", personalId, "fullName", "Phạm Thị Lan", "phone", "0912345678"));
        body.put("form", Map.of("currentStatus", "never-married", "purpose", "marriage"));
        ApiClient.Response r = as(unit + ".reception").post("/api/v1/dossiers", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("code").asString();
    }

    String certifiedCopy(String unit, String personalId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", CERTIFIED_COPY);
        body.put("channel", "IN_PERSON");
        body.put("receivingUnit", unit);
        body.put("competentUnit", unit);
        body.put("applicant", Map.of("personalId", personalId, "fullName", "Trần Văn Bình", "phone", "0912345678"));
        body.put("form", Map.of("documentTitle", "Bằng tốt nghiệp đại học", "issuingAuthority",
                "Trường Đại học Bách khoa", "pageCount", 2, "copies", 3));
        ApiClient.Response r = as(unit + ".reception").post("/api/v1/dossiers", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("code").asString();
    }

    JsonNode act(String user, String code, Map<String, Object> action) {
        ApiClient.Response r = as(user).post("/api/v1/dossiers/" + code + "/actions", action);
        assertThat(r.status()).as(user + " " + action + " → " + r).isEqualTo(200);
        return r.json();
    }

    /** Every step of a marital-status dossier of {@code unit}, then the result handed over. */
    void finishAndReturn(String unit, String code) {
        act(unit + ".reception", code, Map.of("action", "FORWARD"));
        act(unit + ".processor", code, Map.of("action", "FORWARD"));
        act(unit + ".leader", code, Map.of("action", "FORWARD"));
        act(unit + ".clerk", code, Map.of("action", "FORWARD"));
        act(unit + ".clerk", code, Map.of("action", "RETURN_RESULT"));
    }

    void supplementRequestedAndProvided(String unit, String code) {
        act(unit + ".reception", code, Map.of("action", "FORWARD"));
        act(unit + ".processor", code, Map.of("action", "REQUEST_SUPPLEMENT", "reason", "Thiếu giấy tờ",
                "missing", List.of("Trích lục ghi chú ly hôn")));
        act(unit + ".reception", code, Map.of("action", "SUPPLEMENT", "note", "Đã bổ sung"));
    }

    /** The desk issues a bill and the demo gateway's signed notification says it was paid. */
    void payOnline(String unit, String code) {
        ApiClient.Response bill = as(unit + ".reception").post("/api/v1/dossiers/" + code + "/payments", Map.of());
        assertThat(bill.status()).as(bill.toString()).isEqualTo(201);
        String billId = bill.json().get("billId").asString();
        long amount = bill.json().get("amount").asLong();
        String paidAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String tx = "TX-" + code;
        String signed = new GatewayNotification("DEMO", billId, tx, amount, "00", paidAt, null).signedText();
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("partnerCode", "DEMO");
        n.put("billId", billId);
        n.put("transactionId", tx);
        n.put("amount", amount);
        n.put("resultCode", "00");
        n.put("paidAt", paidAt);
        n.put("checksum", hmac(signed));
        ApiClient.Response r = ApiClient.anonymous(port).post("/api/v1/payments/notify", n);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("resultCode").asString()).isEqualTo("00");
    }

    private static String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("demo-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The API's counts of a unit (or the city) for a period, as city.admin. */
    Map<String, Long> counts(String unit, String period) {
        ApiClient.Response r = as("city.admin").get("/api/v1/indicators?unit=" + unit + "&period=" + period);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Map<String, Long> counts = new LinkedHashMap<>();
        r.json().get("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    static Map<String, Long> plus(Map<String, Long> base, Map<String, Long> delta) {
        Map<String, Long> sum = new LinkedHashMap<>(base);
        delta.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return sum;
    }
}
