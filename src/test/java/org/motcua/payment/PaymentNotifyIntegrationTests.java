package org.motcua.payment;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.payment.PaymentFixtures.CERTIFIED_COPY_FEES;
import static org.motcua.payment.PaymentFixtures.feeOwingDossier;
import static org.motcua.payment.PaymentFixtures.paid;

/** The gateway's notification is the source of truth, applied exactly once, whatever arrives and how often. */
@PlatformTest
class PaymentNotifyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient desk() {
        return ApiClient.as(port, "ben-thanh.reception");
    }

    private ApiClient gateway() {
        return ApiClient.anonymous(port);
    }

    private String bill(String dossierCode) {
        ApiClient.Response r = desk().post("/api/v1/dossiers/" + dossierCode + "/payments", Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("billId").asString();
    }

    private JsonNode dossier(String code) {
        return desk().get("/api/v1/dossiers/" + code).json();
    }

    private JsonNode billView(String billId) {
        ApiClient.Response r = desk().get("/api/v1/payments/" + billId);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private long historyCount(String code, String action) {
        return dossier(code).get("history").findValuesAsString("action").stream().filter(action::equals).count();
    }

    private List<String> verdicts(String billId) {
        return jdbc.sql("select verdict from payment_notification where bill_id = :id order by id")
                .param("id", billId).query(String.class).list();
    }

    @Test
    void aWalkInApplicantsDossierWaitsInStatus6UntilTheGatewayConfirmsThePayment() {
        // given a received dossier that owes 3,000 VND
        String code = feeOwingDossier(port, "ben-thanh", "079190050001");
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(2);

        // when the desk issues a bill for the walk-in applicant
        ApiClient.Response issued = desk().post("/api/v1/dossiers/" + code + "/payments", Map.of());

        // then the bill has the fees' amount, a gateway address, and the dossier waits for payment (status 6)
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String billId = issued.json().get("billId").asString();
        assertThat(issued.json().get("amount").asLong()).isEqualTo(CERTIFIED_COPY_FEES);
        assertThat(issued.json().get("gatewayUrl").asString()).endsWith("/demo-gateway/bills/" + billId);
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(6);
        assertThat(billView(billId).get("status").asString()).isEqualTo("PENDING");

        // when the gateway confirms the payment, without logging in
        ApiClient.Response reply = gateway().post("/api/v1/payments/notify", paid(billId, "TX-0001", 5000));

        // then it is accepted, the bill is paid with one transaction, and the dossier resumes, paid online
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("resultCode").asString()).isEqualTo("00");
        JsonNode bill = billView(billId);
        assertThat(bill.get("status").asString()).isEqualTo("PAID");
        assertThat(bill.get("transactions")).hasSize(1);
        assertThat(bill.get("transactions").get(0).get("transactionId").asString()).isEqualTo("TX-0001");
        assertThat(bill.get("transactions").get(0).get("outcome").asString()).isEqualTo("APPLIED");
        JsonNode after = dossier(code);
        assertThat(after.get("status").get("code").asInt()).isEqualTo(2);
        assertThat(after.get("feePaidOnline").asBoolean()).isTrue();
        assertThat(after.get("history").findValuesAsString("action")).containsSubsequence("AWAIT_PAYMENT",
                "FEE_PAID");
    }

    @Test
    void fiftyIdenticalNotificationsAtOnceMarkTheBillPaidOnceAndMoveTheDossierOnce() throws Exception {
        // given a bill waiting for payment
        String code = feeOwingDossier(port, "ben-thanh", "079190050002");
        String billId = bill(code);
        Map<String, Object> notification = paid(billId, "TX-PARALLEL", 5000);

        // when the gateway sends the same notification 50 times at once
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> replies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return gateway().post("/api/v1/payments/notify", notification);
            }));
        }
        start.countDown();
        for (Future<ApiClient.Response> reply : replies) {
            // then every one is answered 00
            assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(200);
            assertThat(reply.get().json().get("resultCode").asString()).isEqualTo("00");
        }
        pool.shutdown();

        // and the bill holds one transaction, the dossier moved once, and all 50 were recorded
        assertThat(billView(billId).get("transactions")).hasSize(1);
        assertThat(historyCount(code, "FEE_PAID")).isEqualTo(1);
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(2);
        assertThat(verdicts(billId)).hasSize(50).containsOnlyOnce("APPLIED")
                .filteredOn("ALREADY_APPLIED"::equals).hasSize(49);
        assertThat(jdbc.sql("select count(*) from payment_transaction where bill_id = :id").param("id", billId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReplayedNotificationIsAnswered00AndAppliesNothingMore() {
        // given a bill already paid
        String code = feeOwingDossier(port, "ben-thanh", "079190050003");
        String billId = bill(code);
        Map<String, Object> notification = paid(billId, "TX-REPLAY", 5000);
        assertThat(gateway().post("/api/v1/payments/notify", notification).status()).isEqualTo(200);

        // when the same notification arrives again later
        ApiClient.Response replay = gateway().post("/api/v1/payments/notify", notification);

        // then it is acknowledged and nothing changes
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("resultCode").asString()).isEqualTo("00");
        assertThat(billView(billId).get("transactions")).hasSize(1);
        assertThat(historyCount(code, "FEE_PAID")).isEqualTo(1);
        assertThat(verdicts(billId)).containsExactly("APPLIED", "ALREADY_APPLIED");
    }

    @Test
    void aPaymentAfterTheBillWasCancelledIsRecordedForRefundAndDoesNotMoveTheDossier() {
        // given a bill the desk cancelled
        String code = feeOwingDossier(port, "ben-thanh", "079190050004");
        String billId = bill(code);
        ApiClient.Response cancelled = desk().post("/api/v1/payments/" + billId + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        // when the gateway confirms a payment of it anyway
        ApiClient.Response reply = gateway().post("/api/v1/payments/notify", paid(billId, "TX-LATE", 5000));

        // then it is acknowledged and recorded for refund, not applied
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("resultCode").asString()).isEqualTo("00");
        JsonNode bill = billView(billId);
        assertThat(bill.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(bill.get("refundDue").asBoolean()).isTrue();
        assertThat(bill.get("transactions").get(0).get("outcome").asString()).isEqualTo("REFUND_DUE");
        assertThat(dossier(code).get("feePaidOnline").asBoolean()).isFalse();
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(6);
        assertThat(historyCount(code, "FEE_PAID")).isZero();
    }

    @Test
    void aFailedPaymentMarksTheBillFailedAndALaterSuccessStillPaysIt() {
        // given a bill whose first payment attempt failed at the gateway
        String code = feeOwingDossier(port, "ben-thanh", "079190050005");
        String billId = bill(code);
        ApiClient.Response failed = gateway().post("/api/v1/payments/notify",
                PaymentFixtures.notification("DEMO", billId, "TX-FAIL", 5000, "51", PaymentFixtures.SECRET));
        assertThat(failed.status()).isEqualTo(200);
        assertThat(billView(billId).get("status").asString()).isEqualTo("FAILED");
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(6);

        // when the payer tries again and succeeds
        gateway().post("/api/v1/payments/notify", paid(billId, "TX-RETRY", 5000));

        // then the bill is paid and lists both transactions
        JsonNode bill = billView(billId);
        assertThat(bill.get("status").asString()).isEqualTo("PAID");
        assertThat(bill.get("transactions").findValuesAsString("outcome")).containsExactlyInAnyOrder("NOT_PAID",
                "APPLIED");
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(2);
    }
}
