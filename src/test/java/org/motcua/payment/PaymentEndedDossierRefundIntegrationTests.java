package org.motcua.payment;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.motcua.payment.PaymentFixtures.CERTIFIED_COPY_FEES;
import static org.motcua.payment.PaymentFixtures.feeOwingDossier;
import static org.motcua.payment.PaymentFixtures.paid;

/**
 * A dossier paid (online or at the counter) and then refused at intake, withdrawn or stopped is owed its money back:
 * the payment appears once, with the reason, in the refunds the clerk of the receiving unit settles.
 */
@PlatformTest
class PaymentEndedDossierRefundIntegrationTests {

    private static final String UNIT = "hanh-thong";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient as(String role) {
        return ApiClient.as(port, UNIT + "." + role);
    }

    private ApiClient.Response act(String role, String code, Map<String, Object> action) {
        return as(role).post("/api/v1/dossiers/" + code + "/actions", action);
    }

    /** The refunds of the dossier that the unit's clerk sees (due or settled). */
    private List<JsonNode> refundsOf(String code) {
        ApiClient.Response r = as("clerk").get("/api/v1/payments/refunds?status=all");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode refund : r.json()) {
            if (refund.get("dossierCode").asString().equals(code)) {
                found.add(refund);
            }
        }
        return found;
    }

    private JsonNode theRefundOf(String code) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(refundsOf(code)).hasSize(1));
        return refundsOf(code).get(0);
    }

    private String paidAtCounter(String code, String method) {
        ApiClient.Response r = as("reception").post("/api/v1/dossiers/" + code + "/counter-payments",
                Map.of("method", method, "receiptNumber", "HT-" + code));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("billId").asString();
    }

    @Test
    void aDossierPaidAtTheCounterThenRefusedAtIntakeIsOwedItsMoneyBack() {
        // given a walk-in dossier whose fee was paid in cash at the desk
        String code = feeOwingDossier(port, UNIT, "079190160001");
        String billId = paidAtCounter(code, "CASH");

        // when the desk refuses it at intake
        ApiClient.Response refused = act("reception", code, Map.of("action", "REFUSE",
                "reason", "Bản chính bị tẩy xóa, sửa chữa"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);

        // then the payment is a refund due, with the reason and how it was paid
        JsonNode refund = theRefundOf(code);
        assertThat(refund.get("billId").asString()).isEqualTo(billId);
        assertThat(refund.get("amountVnd").asLong()).isEqualTo(CERTIFIED_COPY_FEES);
        assertThat(refund.get("partnerCode").asString()).isEqualTo("COUNTER");
        assertThat(refund.get("method").asString()).isEqualTo("CASH");
        assertThat(refund.get("settled").asBoolean()).isFalse();
        assertThat(refund.get("reason").asString()).contains("từ chối tiếp nhận")
                .contains("Bản chính bị tẩy xóa, sửa chữa");
    }

    @Test
    void aDossierPaidOnlineThenWithdrawnIsOwedItsMoneyBackOnceAndTheClerkSettlesIt() {
        // given a dossier whose bill the gateway reported paid
        String code = feeOwingDossier(port, UNIT, "079190160002");
        String billId = as("reception").post("/api/v1/dossiers/" + code + "/payments", Map.of()).json()
                .get("billId").asString();
        String transactionId = "TX-WITHDRAWN-" + code;
        assertThat(ApiClient.anonymous(port).post("/api/v1/payments/notify",
                paid(billId, transactionId, CERTIFIED_COPY_FEES)).json().get("resultCode").asString())
                .isEqualTo("00");

        // when the applicant withdraws it at the desk
        ApiClient.Response withdrawn = act("reception", code, Map.of("action", "WITHDRAW",
                "reason", "Không còn nhu cầu chứng thực"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        // then the online payment is a refund due, once, with the reason
        JsonNode refund = theRefundOf(code);
        assertThat(refund.get("transactionId").asString()).isEqualTo(transactionId);
        assertThat(refund.get("method").asString()).isEqualTo("ONLINE");
        assertThat(refund.get("reason").asString()).contains("rút").contains("Không còn nhu cầu chứng thực");
        // the payment itself stays applied: the bill was paid, the receipt stays valid
        assertThat(as("reception").get("/api/v1/payments/" + billId).json().get("status").asString())
                .isEqualTo("PAID");

        // and the clerk settles it
        ApiClient.Response settled = as("clerk").post("/api/v1/payments/refunds/DEMO/" + transactionId + "/settle",
                Map.of("reference", "UNC-" + code));
        assertThat(settled.status()).as(settled.toString()).isEqualTo(200);
        assertThat(refundsOf(code)).hasSize(1);
        assertThat(refundsOf(code).get(0).get("settled").asBoolean()).isTrue();
    }

    @Test
    void aDossierPaidByCardThenStoppedIsOwedItsMoneyBack() {
        // given a dossier paid by card at the desk, forwarded to the specialist
        String code = feeOwingDossier(port, UNIT, "079190160003");
        paidAtCounter(code, "CARD");
        assertThat(act("reception", code, Map.of("action", "FORWARD")).status()).isEqualTo(200);

        // when a leader stops processing
        ApiClient.Response stopped = act("leader", code, Map.of("action", "STOP",
                "reason", "Giấy tờ thuộc trường hợp không được chứng thực bản sao"));
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);

        // then the payment is a refund due with the reason
        JsonNode refund = theRefundOf(code);
        assertThat(refund.get("method").asString()).isEqualTo("CARD");
        assertThat(refund.get("reason").asString()).contains("dừng xử lý")
                .contains("không được chứng thực bản sao");
    }

    @Test
    void anUnpaidDossierWithdrawnOwesNoRefundAndItsOpenBillIsCancelled() {
        // given a dossier waiting in status 6 for a bill not paid
        String code = feeOwingDossier(port, UNIT, "079190160004");
        String billId = as("reception").post("/api/v1/dossiers/" + code + "/payments", Map.of()).json()
                .get("billId").asString();

        // when it is withdrawn
        assertThat(act("reception", code, Map.of("action", "WITHDRAW", "reason", "Đổi ý")).status())
                .isEqualTo(200);

        // then its open bill is cancelled and no refund is recorded
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(as("reception")
                .get("/api/v1/payments/" + billId).json().get("status").asString()).isEqualTo("CANCELLED"));
        assertThat(refundsOf(code)).isEmpty();

        // and a payment of it arriving later is recorded for refund, not applied to the withdrawn dossier
        ApiClient.anonymous(port).post("/api/v1/payments/notify", paid(billId, "TX-LATE-" + code,
                CERTIFIED_COPY_FEES));
        assertThat(refundsOf(code)).hasSize(1);
        assertThat(ApiClient.as(port, UNIT + ".reception").get("/api/v1/dossiers/" + code).json()
                .get("feePaidOnline").asBoolean()).isFalse();
    }
}
