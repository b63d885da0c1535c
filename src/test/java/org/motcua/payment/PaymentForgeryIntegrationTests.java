package org.motcua.payment;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.payment.PaymentFixtures.SECRET;
import static org.motcua.payment.PaymentFixtures.feeOwingDossier;
import static org.motcua.payment.PaymentFixtures.notification;
import static org.motcua.payment.PaymentFixtures.paid;

/** Forged, misdirected or malformed notifications are rejected, recorded, and change nothing. */
@PlatformTest
class PaymentForgeryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient desk() {
        return ApiClient.as(port, "sai-gon.reception");
    }

    private String pendingBill(String personalId) {
        String code = feeOwingDossier(port, "sai-gon", personalId);
        ApiClient.Response r = desk().post("/api/v1/dossiers/" + code + "/payments", Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("billId").asString();
    }

    private ApiClient.Response send(Object body) {
        return ApiClient.anonymous(port).post("/api/v1/payments/notify", body);
    }

    private void assertRejected(ApiClient.Response reply, int status, String resultCode, String problem) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("resultCode").asString()).isEqualTo(resultCode).isNotEqualTo("00");
        assertThat(reply.json().get("code").asString()).isEqualTo(problem);
    }

    private void assertUntouched(String billId) {
        ApiClient.Response bill = desk().get("/api/v1/payments/" + billId);
        assertThat(bill.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(bill.json().get("transactions")).isEmpty();
        String code = bill.json().get("dossierCode").asString();
        assertThat(desk().get("/api/v1/dossiers/" + code).json().get("status").get("code").asInt()).isEqualTo(6);
    }

    private List<String> verdicts(String billId) {
        return jdbc.sql("select verdict from payment_notification where bill_id = :id order by id")
                .param("id", billId).query(String.class).list();
    }

    @Test
    void aForgedChecksumIsRejectedWith97AndRecorded() {
        String billId = pendingBill("079190060001");
        Map<String, Object> forged = notification("DEMO", billId, "TX-FORGED", 5000, "00", "not-the-secret");

        ApiClient.Response reply = send(forged);

        assertRejected(reply, 403, "97", "payment-checksum-invalid");
        assertUntouched(billId);
        assertThat(verdicts(billId)).containsExactly("FORGED_CHECKSUM");
    }

    @Test
    void aGenuineNotificationAlteredAfterSigningIsAForgery() {
        String billId = pendingBill("079190060002");
        Map<String, Object> altered = new LinkedHashMap<>(paid(billId, "TX-ALTERED", 5000));
        altered.put("transactionId", "TX-OTHER");

        assertRejected(send(altered), 403, "97", "payment-checksum-invalid");
        assertUntouched(billId);
    }

    @Test
    void anUnknownBillIsRejectedWith01AndRecorded() {
        ApiClient.Response reply = send(paid("no-such-bill-0001", "TX-UNKNOWN", 5000));

        assertRejected(reply, 404, "01", "bill-not-found");
        assertThat(verdicts("no-such-bill-0001")).containsExactly("UNKNOWN_BILL");
    }

    @Test
    void aWrongAmountIsRejectedWith04EvenWhenSignedCorrectly() {
        String billId = pendingBill("079190060003");

        ApiClient.Response reply = send(paid(billId, "TX-CHEAP", 1000));

        assertRejected(reply, 422, "04", "payment-amount-mismatch");
        assertUntouched(billId);
        assertThat(verdicts(billId)).containsExactly("WRONG_AMOUNT");
    }

    @Test
    void anotherPartnersNotificationIsRejectedWith02() {
        String billId = pendingBill("079190060004");

        ApiClient.Response reply = send(notification("OTHER", billId, "TX-PARTNER", 5000, "00", SECRET));

        assertRejected(reply, 403, "02", "payment-partner-unknown");
        assertUntouched(billId);
        assertThat(verdicts(billId)).containsExactly("WRONG_PARTNER");
    }

    @Test
    void aNotificationWithMissingFieldsOrNotJsonIsRejectedWith99AndRecorded() {
        String billId = pendingBill("079190060005");
        Map<String, Object> incomplete = new LinkedHashMap<>(paid(billId, "TX-INCOMPLETE", 5000));
        incomplete.remove("paidAt");

        assertRejected(send(incomplete), 400, "99", "payment-notification-invalid");
        assertRejected(send("this is not json"), 400, "99", "payment-notification-invalid");
        assertUntouched(billId);
        assertThat(jdbc.sql("select count(*) from payment_notification where body = 'this is not json'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }
}
