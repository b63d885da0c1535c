package org.motcua.payment;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.payment.PaymentFixtures.feeOwingDossier;
import static org.motcua.payment.PaymentFixtures.noFeeDossier;
import static org.motcua.payment.PaymentFixtures.paid;

/** Who may ask for a bill, when, and who may see it. */
@PlatformTest
class PaymentBillIntegrationTests {

    @LocalServerPort
    int port;

    private ApiClient.Response issue(String user, String code) {
        return ApiClient.as(port, user).post("/api/v1/dossiers/" + code + "/payments", Map.of());
    }

    @Test
    void theApplicantCanAskForTheBillOfTheirOwnDossier() {
        String code = feeOwingDossier(port, "tan-dinh", "079190080001");

        ApiClient.Response r = issue("079190080001", code);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("amount").asLong()).isEqualTo(5000);
    }

    @Test
    void askingAgainGivesTheSameWaitingBillInsteadOfASecondOne() {
        String code = feeOwingDossier(port, "tan-dinh", "079190080002");

        String first = issue("tan-dinh.reception", code).json().get("billId").asString();
        ApiClient.Response again = issue("079190080002", code);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("billId").asString()).isEqualTo(first);
    }

    @Test
    void aDossierThatOwesNoFeeGetsNoBill() {
        String code = noFeeDossier(port, "tan-dinh", "079190080003");

        ApiClient.Response r = issue("tan-dinh.reception", code);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("code").asString()).isEqualTo("no-fees-due");
    }

    @Test
    void aPaidDossierGetsNoSecondBill() {
        String code = feeOwingDossier(port, "tan-dinh", "079190080004");
        String billId = issue("tan-dinh.reception", code).json().get("billId").asString();
        assertThat(ApiClient.anonymous(port).post("/api/v1/payments/notify", paid(billId, "TX-B4", 5000)).status())
                .isEqualTo(200);

        ApiClient.Response again = issue("tan-dinh.reception", code);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("fee-already-paid");
    }

    @Test
    void anotherCitizenOrAnotherUnitIsToldTheDossierAndTheBillDoNotExist() {
        String code = feeOwingDossier(port, "tan-dinh", "079190080005");
        String billId = issue("tan-dinh.reception", code).json().get("billId").asString();

        assertThat(issue("079190080099", code).status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "079190080099").get("/api/v1/payments/" + billId).status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "con-dao.reception").get("/api/v1/payments/" + billId).status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "079190080005").get("/api/v1/payments/" + billId).status()).isEqualTo(200);
    }

    @Test
    void aProcessorOfTheUnitMayNotIssueABill() {
        String code = feeOwingDossier(port, "tan-dinh", "079190080006");

        ApiClient.Response r = issue("tan-dinh.processor", code);

        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void readingABillNeedsALogin() {
        ApiClient.Response r = ApiClient.anonymous(port).get("/api/v1/payments/anything");

        assertThat(r.status()).isEqualTo(401);
    }
}
