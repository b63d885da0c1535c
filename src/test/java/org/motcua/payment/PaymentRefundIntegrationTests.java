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
 * A payment after the bill was cancelled is recorded for refund; the clerk of the receiving unit and the city
 * administrator see the refunds due and record each one given back (who, when, reference), audited, once.
 */
@PlatformTest
class PaymentRefundIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A cancelled bill of a Tân Định dossier that the gateway then reports paid with {@code transactionId}. */
    private String refundDue(String personalId, String transactionId) {
        String code = feeOwingDossier(port, "tan-dinh", personalId);
        ApiClient desk = ApiClient.as(port, "tan-dinh.reception");
        String billId = desk.post("/api/v1/dossiers/" + code + "/payments", Map.of()).json().get("billId")
                .asString();
        assertThat(desk.post("/api/v1/payments/" + billId + "/cancel", Map.of()).status()).isEqualTo(200);
        ApiClient.Response reply = ApiClient.anonymous(port).post("/api/v1/payments/notify",
                paid(billId, transactionId, 3000));
        assertThat(reply.json().get("resultCode").asString()).isEqualTo("00");
        return billId;
    }

    private ApiClient.Response settle(ApiClient who, String transactionId, Object body) {
        return who.post("/api/v1/payments/refunds/DEMO/" + transactionId + "/settle", body);
    }

    private static JsonNode find(JsonNode list, String transactionId) {
        for (JsonNode refund : list) {
            if (refund.get("transactionId").asString().equals(transactionId)) {
                return refund;
            }
        }
        return null;
    }

    @Test
    void theRefundDueIsListedForTheClerkOfTheUnitAndTheCityButNotForOtherUnits() {
        // given a payment that arrived after its bill was cancelled
        String billId = refundDue("079190090001", "TX-REFUND-1");

        // then the clerk of the receiving unit, the city admin and the auditor see it due, with its bill and amount
        for (String account : new String[] {"tan-dinh.clerk", "city.admin", "city.auditor"}) {
            ApiClient.Response r = ApiClient.as(port, account).get("/api/v1/payments/refunds");
            assertThat(r.status()).as(account + " " + r).isEqualTo(200);
            JsonNode refund = find(r.json(), "TX-REFUND-1");
            assertThat(refund).as(account).isNotNull();
            assertThat(refund.get("billId").asString()).isEqualTo(billId);
            assertThat(refund.get("amountVnd").asLong()).isEqualTo(3000);
            assertThat(refund.get("receivingUnit").asString()).isEqualTo("tan-dinh");
            assertThat(refund.get("billStatus").asString()).isEqualTo("CANCELLED");
            assertThat(refund.get("settled").asBoolean()).isFalse();
        }
        // and the clerk of another unit does not; the desk, processors and citizens may not ask
        ApiClient.Response other = ApiClient.as(port, "sai-gon.clerk").get("/api/v1/payments/refunds?status=all");
        assertThat(other.status()).isEqualTo(200);
        assertThat(find(other.json(), "TX-REFUND-1")).isNull();
        assertThat(ApiClient.as(port, "tan-dinh.processor").get("/api/v1/payments/refunds").status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "079190090001", "demo").get("/api/v1/payments/refunds").status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "city.admin").get("/api/v1/payments/refunds?status=soon").status())
                .isEqualTo(400);
    }

    @Test
    void theClerkSettlesARefundOnceWithItsReferenceAndItIsAudited() {
        refundDue("079190090002", "TX-REFUND-2");
        ApiClient clerk = ApiClient.as(port, "tan-dinh.clerk");

        // a refund needs its reference
        ApiClient.Response noReference = settle(clerk, "TX-REFUND-2", Map.of("note", "chuyển khoản"));
        assertThat(noReference.status()).as(noReference.toString()).isEqualTo(400);
        assertThat(noReference.json().get("errors").findValuesAsString("field")).contains("reference");

        // when the clerk records it given back
        ApiClient.Response settled = settle(clerk, "TX-REFUND-2",
                Map.of("reference", "HT-2026-000123", "note", "Hoàn trả qua cổng thanh toán"));

        // then it says who, when and the reference, leaves the list of refunds due, and is audited
        assertThat(settled.status()).as(settled.toString()).isEqualTo(200);
        assertThat(settled.json().get("settled").asBoolean()).isTrue();
        assertThat(settled.json().get("settledBy").asString()).isEqualTo("tan-dinh.clerk");
        assertThat(settled.json().get("settledAt").asString()).isNotBlank();
        assertThat(settled.json().get("reference").asString()).isEqualTo("HT-2026-000123");
        assertThat(find(clerk.get("/api/v1/payments/refunds").json(), "TX-REFUND-2")).isNull();
        assertThat(find(clerk.get("/api/v1/payments/refunds?status=settled").json(), "TX-REFUND-2")).isNotNull();
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'PAYMENT_REFUND_SETTLED'
                        and actor = 'tan-dinh.clerk' and subject = 'transaction:DEMO:TX-REFUND-2'
                        and details ->> 'reference' = 'HT-2026-000123'""").query(Long.class).single())
                .isEqualTo(1);

        // and it cannot be settled a second time
        ApiClient.Response again = settle(ApiClient.as(port, "city.admin"), "TX-REFUND-2",
                Map.of("reference", "HT-2026-000124"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("refund-already-settled");
        assertThat(again.json().get("detail").asString()).contains("HT-2026-000123");
    }

    @Test
    void onlyTheClerkOfTheUnitOrTheCityAdminSettleARefund() {
        refundDue("079190090003", "TX-REFUND-3");

        ApiClient.Response otherClerk = settle(ApiClient.as(port, "sai-gon.clerk"), "TX-REFUND-3",
                Map.of("reference", "X"));
        assertThat(otherClerk.status()).as(otherClerk.toString()).isEqualTo(404);
        ApiClient.Response auditor = settle(ApiClient.as(port, "city.auditor"), "TX-REFUND-3",
                Map.of("reference", "X"));
        assertThat(auditor.status()).as(auditor.toString()).isEqualTo(403);
        ApiClient.Response desk = settle(ApiClient.as(port, "tan-dinh.reception"), "TX-REFUND-3",
                Map.of("reference", "X"));
        assertThat(desk.status()).as(desk.toString()).isEqualTo(403);
        ApiClient.Response unknown = settle(ApiClient.as(port, "city.admin"), "TX-NO-SUCH", Map.of("reference", "X"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("refund-not-found");

        ApiClient.Response admin = settle(ApiClient.as(port, "city.admin"), "TX-REFUND-3",
                Map.of("reference", "KB-0001"));
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
        assertThat(admin.json().get("settledBy").asString()).isEqualTo("city.admin");
    }
}
