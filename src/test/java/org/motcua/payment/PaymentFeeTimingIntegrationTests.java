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

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two moments a procedure may want its fees, end to end through the API, paid by a citizen (bearer token of the
 * demo e-ID) at the demo gateway, whose signed notification moves the dossier: with the submission (an online dossier
 * is received only once paid) or as a financial obligation (status 6 until paid, then on).
 */
@PlatformTest
class PaymentFeeTimingIntegrationTests {

    /** Signature certification: 10,000 VND, paid with the submission. */
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

    private ApiClient citizen(String personalId) {
        return ApiClient.anonymous(port).header("Authorization", "Bearer "
                + DemoEid.tokens(port, demoProvider, personalId).get("access_token").asString());
    }

    private ApiClient desk() {
        return ApiClient.as(port, "ben-thanh.reception");
    }

    private static Map<String, Object> applicant(String personalId, String name) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("personalId", personalId);
        applicant.put("fullName", name);
        applicant.put("phone", "0912345678");
        return applicant;
    }

    private JsonNode dossier(ApiClient who, String code) {
        ApiClient.Response r = who.get("/api/v1/dossiers/" + code);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static int status(JsonNode dossier) {
        return dossier.get("status").get("code").asInt();
    }

    private String payAtTheGateway(ApiClient citizen, String code, long amount) {
        ApiClient.Response issued = citizen.post("/api/v1/dossiers/" + code + "/payments", Map.of());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().get("amount").asLong()).isEqualTo(amount);
        String billId = issued.json().get("billId").asString();
        HttpResponse<String> back = PaymentFixtures.atDemoGateway(port, billId, "pay");
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(citizen.get("/api/v1/payments/" + billId).json().get("status").asString()).isEqualTo("PAID");
        return billId;
    }

    @Test
    void feesPaidWithTheSubmissionLetTheDeskReceiveTheOnlineDossierOnlyOncePaid() {
        // given a citizen who submits online a procedure whose fee is paid with the submission
        ApiClient citizen = citizen(DemoResidents.LEVEL_1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", SIGNATURE_CERTIFICATION);
        body.put("channel", "ONLINE");
        body.put("receivingUnit", "ben-thanh");
        body.put("competentUnit", "ben-thanh");
        body.put("applicant", applicant(DemoResidents.LEVEL_1, "Phạm Văn Minh"));
        body.put("form", Map.of("documentTitle", "Giấy ủy quyền", "signatureType", "signature", "pageCount", 1));
        ApiClient.Response submitted = citizen.post("/api/v1/dossiers", body);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String code = submitted.json().get("code").asString();
        JsonNode before = dossier(citizen, code);
        assertThat(status(before)).isEqualTo(1);
        assertThat(before.get("feeAtSubmission").asBoolean()).isTrue();
        assertThat(before.get("feesDueVnd").asLong()).isEqualTo(10000);
        assertThat(before.get("fees").get(0).get("label").asString()).isEqualTo("Phí chứng thực chữ ký");

        // when the desk tries to receive it before payment, it is told why not
        ApiClient.Response early = desk().post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "RECEIVE"));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("fee-not-paid");
        assertThat(status(dossier(citizen, code))).isEqualTo(1);

        // when the citizen pays at the gateway: the dossier is paid online and still waits for the desk
        payAtTheGateway(citizen, code, 10000);
        JsonNode paid = dossier(citizen, code);
        assertThat(paid.get("feePaidOnline").asBoolean()).isTrue();
        assertThat(status(paid)).isEqualTo(1);

        // then the desk receives it
        ApiClient.Response received = desk().post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "RECEIVE"));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(status(dossier(citizen, code))).isEqualTo(2);
        assertThat(dossier(citizen, code).get("history").findValuesAsString("action"))
                .containsSubsequence("SUBMIT", "FEE_PAID", "RECEIVE");
    }

    @Test
    void aFinancialObligationHoldsTheDossierInStatus6UntilPaidThenItProceeds() {
        // given an online dossier of a procedure whose fee is a financial obligation, received by the desk
        ApiClient citizen = citizen(DemoResidents.LEVEL_2);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", PaymentFixtures.CERTIFIED_COPY);
        body.put("channel", "ONLINE");
        body.put("receivingUnit", "ben-thanh");
        body.put("competentUnit", "ben-thanh");
        body.put("applicant", applicant(DemoResidents.LEVEL_2, "Lê Thị Thu Trang"));
        body.put("form", Map.of("documentTitle", "Bằng tốt nghiệp", "issuingAuthority", "Trường Đại học Bách khoa",
                "pageCount", 2, "copies", 1));
        ApiClient.Response submitted = citizen.post("/api/v1/dossiers", body);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String code = submitted.json().get("code").asString();
        assertThat(dossier(citizen, code).get("feeAtSubmission").asBoolean()).isFalse();
        ApiClient.Response received = desk().post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "RECEIVE"));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);

        // when the citizen asks for the bill, the dossier waits in status 6 and cannot be forwarded
        ApiClient.Response issued = citizen.post("/api/v1/dossiers/" + code + "/payments", Map.of());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(status(dossier(citizen, code))).isEqualTo(6);
        ApiClient.Response blocked = desk().post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "FORWARD"));
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(409);

        // when the citizen pays at the demo gateway (its signed notification is what counts)
        HttpResponse<String> back = PaymentFixtures.atDemoGateway(port, issued.json().get("billId").asString(),
                "pay");
        assertThat(back.statusCode()).isEqualTo(303);

        // then the dossier is back where it was, paid online, and proceeds to the next step
        JsonNode paid = dossier(citizen, code);
        assertThat(status(paid)).isEqualTo(2);
        assertThat(paid.get("feePaidOnline").asBoolean()).isTrue();
        ApiClient.Response forwarded = desk().post("/api/v1/dossiers/" + code + "/actions",
                Map.of("action", "FORWARD"));
        assertThat(forwarded.status()).as(forwarded.toString()).isEqualTo(200);
        assertThat(status(dossier(citizen, code))).isEqualTo(4);
        assertThat(dossier(citizen, code).get("history").findValuesAsString("action"))
                .containsSubsequence("RECEIVE", "AWAIT_PAYMENT", "FEE_PAID", "FORWARD");
    }
}
