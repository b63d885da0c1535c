package org.motcua.payment;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.payment.PaymentFixtures.feeOwingDossier;
import static org.motcua.payment.PaymentFixtures.paid;

/**
 * The dossier shows the fee lines of its procedure version; the processor exempts a line with a reason, recorded on
 * the process-control slip, and the amount due falls. Bills of the old amount are cancelled; after payment an
 * exemption is refused.
 */
@PlatformTest
class PaymentFeeExemptionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient desk() {
        return ApiClient.as(port, "ben-thanh.reception");
    }

    private ApiClient processor() {
        return ApiClient.as(port, "ben-thanh.processor");
    }

    private JsonNode dossier(String code) {
        return desk().get("/api/v1/dossiers/" + code).json();
    }

    private ApiClient.Response exempt(ApiClient who, String code, Object line, String reason) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("line", line);
        body.put("reason", reason);
        return who.post("/api/v1/dossiers/" + code + "/fee-exemptions", body);
    }

    private String bill(String code) {
        ApiClient.Response r = desk().post("/api/v1/dossiers/" + code + "/payments", Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("billId").asString();
    }

    @Test
    void theDossierShowsItsFeeLinesAndTheProcessorExemptsOneWithItsReasonOnTheSlip() {
        // given a certified-copy dossier: two lines, 2,000 and 1,000 VND
        String code = feeOwingDossier(port, "ben-thanh", "079190080001");
        JsonNode fees = dossier(code).get("fees");
        assertThat(fees).hasSize(2);
        assertThat(fees.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(fees.get(0).get("label").asString()).contains("trang thứ nhất và thứ hai");
        assertThat(fees.get(0).get("amountVnd").asLong()).isEqualTo(2000);
        assertThat(fees.get(0).get("kind").asString()).isEqualTo("fee");
        assertThat(fees.get(0).get("unit").asString()).isEqualTo("trang");
        assertThat(fees.get(1).get("amountVnd").asLong()).isEqualTo(1000);

        // when the processor exempts the second line for a policy beneficiary
        ApiClient.Response r = exempt(processor(), code, 2, "Người có công với cách mạng (thẻ số 123)");

        // then the amount due falls, the line says who exempted it and why, and the slip records it
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("feesDueVnd").asLong()).isEqualTo(2000);
        JsonNode after = dossier(code);
        assertThat(after.get("feesDueVnd").asLong()).isEqualTo(2000);
        JsonNode exemption = after.get("fees").get(1).get("exemption");
        assertThat(exemption.get("reason").asString()).isEqualTo("Người có công với cách mạng (thẻ số 123)");
        assertThat(exemption.get("by").asString()).isEqualTo("ben-thanh.processor");
        assertThat(after.get("fees").get(0).has("exemption")).isFalse();
        JsonNode entry = after.get("history").get(after.get("history").size() - 1);
        assertThat(entry.get("action").asString()).isEqualTo("EXEMPT_FEE");
        assertThat(entry.get("note").asString()).isEqualTo("Người có công với cách mạng (thẻ số 123)");
        assertThat(entry.get("details").get("line").asInt()).isEqualTo(2);
        // and a bill asks for what is still due
        ApiClient.Response issued = desk().post("/api/v1/dossiers/" + code + "/payments", Map.of());
        assertThat(issued.json().get("amount").asLong()).isEqualTo(2000);
    }

    @Test
    void eachBadExemptionIsRefusedAndChangesNothing() {
        String code = feeOwingDossier(port, "ben-thanh", "079190080002");

        ApiClient.Response noReason = exempt(processor(), code, 1, " ");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
        assertThat(noReason.json().get("code").asString()).isEqualTo("invalid-action");
        assertThat(noReason.json().get("errors").findValuesAsString("field")).contains("reason");
        ApiClient.Response noLine = exempt(processor(), code, null, "Trẻ em");
        assertThat(noLine.status()).as(noLine.toString()).isEqualTo(400);
        ApiClient.Response unknownLine = exempt(processor(), code, 9, "Trẻ em");
        assertThat(unknownLine.status()).as(unknownLine.toString()).isEqualTo(404);
        assertThat(unknownLine.json().get("code").asString()).isEqualTo("fee-line-not-found");
        ApiClient.Response byTheDesk = exempt(desk(), code, 1, "Trẻ em");
        assertThat(byTheDesk.status()).as(byTheDesk.toString()).isEqualTo(403);
        ApiClient.Response otherUnit = exempt(ApiClient.as(port, "sai-gon.processor"), code, 1, "Trẻ em");
        assertThat(otherUnit.status()).as(otherUnit.toString()).isEqualTo(404);

        assertThat(dossier(code).get("feesDueVnd").asLong()).isEqualTo(3000);
        assertThat(dossier(code).get("history").findValuesAsString("action")).doesNotContain("EXEMPT_FEE");

        assertThat(exempt(processor(), code, 1, "Trẻ em").status()).isEqualTo(200);
        ApiClient.Response twice = exempt(processor(), code, 1, "Trẻ em");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(dossier(code).get("feesDueVnd").asLong()).isEqualTo(1000);
    }

    @Test
    void anExemptionCancelsTheBillOfTheOldAmountAndExemptingAllEndsTheWaitInStatus6() {
        // given a dossier waiting in status 6 for its 3,000 VND bill
        String code = feeOwingDossier(port, "ben-thanh", "079190080003");
        String old = bill(code);
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(6);

        // when the processor exempts one line
        ApiClient.Response r = exempt(processor(), code, 1, "Trẻ em dưới 6 tuổi");

        // then the old bill is cancelled, a payment of it is recorded for refund, and the dossier still waits
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("cancelledBills")).hasSize(1);
        assertThat(r.json().get("cancelledBills").get(0).asString()).isEqualTo(old);
        assertThat(desk().get("/api/v1/payments/" + old).json().get("status").asString()).isEqualTo("CANCELLED");
        ApiClient.Response late = ApiClient.anonymous(port).post("/api/v1/payments/notify",
                paid(old, "TX-EXEMPT-LATE", 3000));
        assertThat(late.json().get("resultCode").asString()).isEqualTo("00");
        assertThat(desk().get("/api/v1/payments/" + old).json().get("refundDue").asBoolean()).isTrue();
        assertThat(dossier(code).get("feePaidOnline").asBoolean()).isFalse();
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(6);

        // when the other line is exempted too, nothing is owed: the dossier goes back to its step
        ApiClient.Response all = exempt(processor(), code, 2, "Trẻ em dưới 6 tuổi");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().get("feesDueVnd").asLong()).isZero();
        assertThat(all.json().get("status").asInt()).isEqualTo(2);
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(2);
        ApiClient.Response none = desk().post("/api/v1/dossiers/" + code + "/payments", Map.of());
        assertThat(none.json().get("code").asString()).isEqualTo("no-fees-due");
    }

    @Test
    void anExemptionAfterThePaymentIsRefusedClearly() {
        // given a paid dossier
        String code = feeOwingDossier(port, "ben-thanh", "079190080004");
        String billId = bill(code);
        assertThat(ApiClient.anonymous(port).post("/api/v1/payments/notify", paid(billId, "TX-EXEMPT-PAID", 3000))
                .status()).isEqualTo(200);

        // when the processor tries to exempt a line
        ApiClient.Response r = exempt(processor(), code, 1, "Trẻ em");

        // then it is refused, saying why, and the paid bill and the dossier are as they were
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.json().get("code").asString()).isEqualTo("fee-already-paid");
        assertThat(r.json().get("detail").asString()).contains("already paid").contains("refund");
        assertThat(desk().get("/api/v1/payments/" + billId).json().get("status").asString()).isEqualTo("PAID");
        assertThat(dossier(code).get("feesDueVnd").asLong()).isEqualTo(3000);
    }
}
