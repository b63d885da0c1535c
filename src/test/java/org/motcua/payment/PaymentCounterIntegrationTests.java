package org.motcua.payment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.DemoEid;
import org.motcua.DemoResidents;
import org.motcua.PlatformTest;
import org.motcua.identity.EmbeddedOpenIdProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.payment.PaymentFixtures.CERTIFIED_COPY_FEES;
import static org.motcua.payment.PaymentFixtures.feeOwingDossier;
import static org.motcua.payment.PaymentFixtures.paid;

/**
 * A fee paid at the counter (cash or card at the desk) satisfies the obligation like an online payment: recorded
 * once by its receipt number, on the process-control slip and in the audit trail, with the channel COUNTER; a dossier
 * in status 6 goes back to its step; an online dossier of a procedure paid with the submission can then be received.
 */
@PlatformTest
class PaymentCounterIntegrationTests {

    private static final String SIGNATURE_CERTIFICATION = "2.000884.000.00.00.H29";

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

    private ApiClient as(String account) {
        return ApiClient.as(port, account);
    }

    private ApiClient.Response payAtCounter(ApiClient who, String code, Map<String, Object> body) {
        return who.post("/api/v1/dossiers/" + code + "/counter-payments", body);
    }

    private static Map<String, Object> cash(String receiptNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("method", "CASH");
        body.put("receiptNumber", receiptNumber);
        return body;
    }

    private JsonNode dossier(String code) {
        ApiClient.Response r = as("phu-nhuan.reception").get("/api/v1/dossiers/" + code);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private long paidBills(String code) {
        return jdbc.sql("select count(*) from payment_bill where dossier_code = :code and status = 'PAID'")
                .param("code", code).query(Long.class).single();
    }

    @Test
    void cashAtTheCounterIsRecordedWithItsReceiptOnTheSlipAndInTheAuditTrail() {
        // given a walk-in dossier that owes the certified copy's fees
        String code = feeOwingDossier(port, "phu-nhuan", "079190140001");

        // when reception records the cash taken against receipt PN-0001
        ApiClient.Response r = payAtCounter(as("phu-nhuan.reception"), code, cash("PN-0001"));

        // then the payment is recorded for the amount due, the dossier paid at the counter
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("amountVnd").asLong()).isEqualTo(CERTIFIED_COPY_FEES);
        assertThat(r.json().get("method").asString()).isEqualTo("CASH");
        assertThat(r.json().get("receiptNumber").asString()).isEqualTo("PN-0001");
        JsonNode after = dossier(code);
        assertThat(after.get("feePaidChannel").asString()).isEqualTo("COUNTER");
        assertThat(after.get("feePaidOnline").asBoolean()).isFalse();
        JsonNode slip = after.get("history");
        JsonNode feePaid = slip.get(slip.size() - 1);
        assertThat(feePaid.get("action").asString()).isEqualTo("FEE_PAID");
        assertThat(feePaid.get("actorId").asString()).isEqualTo("phu-nhuan.reception");
        assertThat(feePaid.get("details").get("receiptNumber").asString()).isEqualTo("PN-0001");
        assertThat(feePaid.get("details").get("channel").asString()).isEqualTo("COUNTER");
        assertThat(feePaid.get("details").get("method").asString()).isEqualTo("CASH");
        String billId = r.json().get("billId").asString();
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'PAYMENT_COUNTER_RECORDED'
                        and subject = :subject and actor = 'phu-nhuan.reception'""")
                .param("subject", "bill:" + billId).query(Long.class).single()).isEqualTo(1);
        JsonNode bill = as("phu-nhuan.reception").get("/api/v1/payments/" + billId).json();
        assertThat(bill.get("status").asString()).isEqualTo("PAID");
        assertThat(bill.get("transactions").get(0).get("partnerCode").asString()).isEqualTo("COUNTER");
        // and its e-receipt says it was paid at the counter, not online
        String receipt = pdfText(as("phu-nhuan.reception").bytes("/api/v1/payments/" + billId + "/receipt.pdf"));
        assertThat(receipt).contains(code, "PN-0001", "paid at the counter").doesNotContain("paid online");
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSameReceiptTwiceIsOnePaymentAndASecondDifferentPaymentIsRefused() {
        // given a dossier paid at the counter with receipt PN-0002
        String code = feeOwingDossier(port, "phu-nhuan", "079190140002");
        ApiClient desk = as("phu-nhuan.reception");
        ApiClient.Response first = payAtCounter(desk, code, cash("PN-0002"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        // when the same receipt is recorded again: the payment already recorded, nothing new
        ApiClient.Response again = payAtCounter(desk, code, cash("PN-0002"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("billId").asString()).isEqualTo(first.json().get("billId").asString());
        assertThat(again.json().get("created").asBoolean()).isFalse();
        assertThat(paidBills(code)).isEqualTo(1);
        assertThat(dossier(code).get("history").findValuesAsString("action"))
                .filteredOn("FEE_PAID"::equals).hasSize(1);

        // when another receipt is recorded for the paid dossier: refused
        ApiClient.Response second = payAtCounter(desk, code, cash("PN-0003"));
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("fee-already-paid");
        assertThat(paidBills(code)).isEqualTo(1);

        // and the same receipt number for another dossier of the unit is refused too
        String other = feeOwingDossier(port, "phu-nhuan", "079190140003");
        ApiClient.Response reused = payAtCounter(desk, other, cash("PN-0002"));
        assertThat(reused.status()).as(reused.toString()).isEqualTo(409);
        assertThat(reused.json().get("code").asString()).isEqualTo("counter-receipt-used");
        assertThat(dossier(other).hasNonNull("feePaidChannel")).isFalse();
    }

    @Test
    void badCounterPaymentsAreRefusedAndChangeNothing() {
        String code = feeOwingDossier(port, "phu-nhuan", "079190140004");
        ApiClient desk = as("phu-nhuan.reception");

        // no receipt number
        Map<String, Object> noReceipt = new LinkedHashMap<>();
        noReceipt.put("method", "CASH");
        ApiClient.Response missing = payAtCounter(desk, code, noReceipt);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.toString()).contains("receiptNumber");
        // a receipt number that is not one
        ApiClient.Response blank = payAtCounter(desk, code, cash("  "));
        assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
        // an unknown method
        Map<String, Object> cheque = cash("PN-0004");
        cheque.put("method", "CHEQUE");
        ApiClient.Response badMethod = payAtCounter(desk, code, cheque);
        assertThat(badMethod.status()).as(badMethod.toString()).isEqualTo(400);
        assertThat(badMethod.toString()).contains("method");
        // less than the amount due
        Map<String, Object> short_ = cash("PN-0005");
        short_.put("amountVnd", CERTIFIED_COPY_FEES - 1000);
        ApiClient.Response wrongAmount = payAtCounter(desk, code, short_);
        assertThat(wrongAmount.status()).as(wrongAmount.toString()).isEqualTo(422);
        assertThat(wrongAmount.json().get("code").asString()).isEqualTo("payment-amount-mismatch");
        // the processor does not take money at the counter
        ApiClient.Response processor = payAtCounter(as("phu-nhuan.processor"), code, cash("PN-0006"));
        assertThat(processor.status()).as(processor.toString()).isEqualTo(403);
        // another unit's desk does not see the dossier
        ApiClient.Response otherDesk = payAtCounter(as("ben-thanh.reception"), code, cash("PN-0007"));
        assertThat(otherDesk.status()).as(otherDesk.toString()).isIn(403, 404);
        // a dossier that owes nothing
        String free = PaymentFixtures.noFeeDossier(port, "phu-nhuan", "079190140005");
        ApiClient.Response nothingDue = payAtCounter(desk, free, cash("PN-0008"));
        assertThat(nothingDue.status()).as(nothingDue.toString()).isEqualTo(409);
        assertThat(nothingDue.json().get("code").asString()).isEqualTo("no-fees-due");

        // then nothing was recorded
        assertThat(paidBills(code)).isZero();
        assertThat(dossier(code).hasNonNull("feePaidChannel")).isFalse();
        assertThat(dossier(code).get("history").findValuesAsString("action")).doesNotContain("FEE_PAID");
    }

    @Test
    void aCounterPaymentEndsTheWaitInStatus6AndALatePaymentOfTheOldBillIsForRefund() {
        // given a dossier waiting in status 6 for its online bill
        String code = feeOwingDossier(port, "phu-nhuan", "079190140006");
        ApiClient desk = as("phu-nhuan.reception");
        String billId = desk.post("/api/v1/dossiers/" + code + "/payments", Map.of()).json().get("billId")
                .asString();
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(6);

        // when the applicant pays in cash at the desk instead
        Map<String, Object> card = cash("PN-0010");
        card.put("method", "CARD");
        ApiClient.Response r = payAtCounter(desk, code, card);

        // then the dossier is back at its step, the online bill cancelled
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("dossierStatus").asInt()).isEqualTo(2);
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(2);
        assertThat(desk.get("/api/v1/payments/" + billId).json().get("status").asString()).isEqualTo("CANCELLED");

        // and a payment of the old bill arriving later is kept for refund, not applied a second time
        ApiClient.Response late = ApiClient.anonymous(port).post("/api/v1/payments/notify",
                paid(billId, "TX-COUNTER-LATE-" + code, CERTIFIED_COPY_FEES));
        assertThat(late.json().get("resultCode").asString()).isEqualTo("00");
        assertThat(dossier(code).get("feePaidChannel").asString()).isEqualTo("COUNTER");
        assertThat(paidBills(code)).isEqualTo(1);
        assertThat(jdbc.sql("select outcome from payment_transaction where transaction_id = :tx")
                .param("tx", "TX-COUNTER-LATE-" + code).query(String.class).single()).isEqualTo("REFUND_DUE");
    }

    @Test
    void anOnlineDossierPaidWithTheSubmissionIsReceivedOnceTheDeskTookTheFee() {
        // given an online signature certification, whose fee is paid with the submission, not yet paid
        ApiClient citizen = ApiClient.anonymous(port).header("Authorization", "Bearer "
                + DemoEid.tokens(port, demoProvider, DemoResidents.LEVEL_1).get("access_token").asString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", SIGNATURE_CERTIFICATION);
        body.put("channel", "ONLINE");
        body.put("receivingUnit", "phu-nhuan");
        body.put("competentUnit", "phu-nhuan");
        body.put("applicant", Map.of("personalId", DemoResidents.LEVEL_1, "fullName", "Phạm Văn Minh"));
        body.put("form", Map.of("documentTitle", "Giấy ủy quyền", "signatureType", "signature", "pageCount", 1));
        ApiClient.Response submitted = citizen.post("/api/v1/dossiers", body);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String code = submitted.json().get("code").asString();
        ApiClient desk = as("phu-nhuan.reception");
        ApiClient.Response early = desk.post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "RECEIVE"));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("fee-not-paid");

        // when the applicant comes to the desk and pays 10,000 VND in cash
        ApiClient.Response r = payAtCounter(desk, code, cash("PN-0020"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("amountVnd").asLong()).isEqualTo(10000);

        // then the desk receives it
        ApiClient.Response received = desk.post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "RECEIVE"));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(dossier(code).get("history").findValuesAsString("action"))
                .containsSubsequence("SUBMIT", "FEE_PAID", "RECEIVE");
    }
}
