package org.motcua.payment;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.payment.PaymentFixtures.CERTIFIED_COPY_FEES;
import static org.motcua.payment.PaymentFixtures.feeOwingDossier;
import static org.motcua.payment.PaymentFixtures.paid;

/**
 * A dossier that owes fees (an amount due, not paid, not exempt) does not finish processing (status 9) unpaid: the
 * finishing FORWARD is refused with 409 fee-not-paid and the current status; once paid (online or at the counter) or
 * exempted it finishes and its result is returned.
 */
@PlatformTest
class PaymentFinishingGuardIntegrationTests {

    @LocalServerPort
    int port;

    private ApiClient.Response act(String account, String code, Map<String, Object> action) {
        return ApiClient.as(port, account).post("/api/v1/dossiers/" + code + "/actions", action);
    }

    private ApiClient.Response forward(String account, String code) {
        return act(account, code, Map.of("action", "FORWARD"));
    }

    private JsonNode dossier(String code) {
        return ApiClient.as(port, "go-vap.reception").get("/api/v1/dossiers/" + code).json();
    }

    /** Receive → certify → sign: the certified copy reaches its last step, the clerk's "collect the fee, return". */
    private String atTheLastStep(String personalId) {
        String code = feeOwingDossier(port, "go-vap", personalId);
        assertThat(forward("go-vap.reception", code).status()).isEqualTo(200);
        assertThat(forward("go-vap.processor", code).status()).isEqualTo(200);
        assertThat(forward("go-vap.leader", code).status()).isEqualTo(200);
        assertThat(dossier(code).get("currentStep").get("id").asString()).isEqualTo("return");
        return code;
    }

    @Test
    void anUnpaidDossierDoesNotFinishAndTheClerkIsToldWhyWithTheStatus() {
        // given a certified copy at its last step, its fees not paid
        String code = atTheLastStep("079190150001");

        // when the clerk completes the last step
        ApiClient.Response r = forward("go-vap.clerk", code);

        // then it is refused with the dossier's current status, and the dossier stays where it was
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.json().get("code").asString()).isEqualTo("fee-not-paid");
        assertThat(r.json().get("status").get("code").asInt()).isEqualTo(4);
        assertThat(r.json().get("detail").asString()).contains(String.valueOf(CERTIFIED_COPY_FEES));
        JsonNode after = dossier(code);
        assertThat(after.get("status").get("code").asInt()).isEqualTo(4);
        assertThat(after.get("currentStep").get("id").asString()).isEqualTo("return");
        assertThat(after.get("history").findValuesAsString("action")).filteredOn("FORWARD"::equals).hasSize(3);
    }

    @Test
    void theClerkTakesTheFeeAtTheCounterThenTheDossierFinishesAndItsResultIsReturned() {
        String code = atTheLastStep("079190150002");
        assertThat(forward("go-vap.clerk", code).status()).isEqualTo(409);

        // when the clerk records the cash taken, then completes the step and returns the result
        ApiClient.Response paid = ApiClient.as(port, "go-vap.clerk").post("/api/v1/dossiers/" + code
                + "/counter-payments", Map.of("method", "CASH", "receiptNumber", "GV-" + code));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        ApiClient.Response finished = forward("go-vap.clerk", code);
        assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(9);
        ApiClient.Response returned = act("go-vap.clerk", code, Map.of("action", "RETURN_RESULT"));

        // then the dossier is returned (status 10)
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(10);
    }

    @Test
    void aDossierPaidOnlineFinishes() {
        // given a dossier whose bill was paid at the gateway while it was being processed
        String code = feeOwingDossier(port, "go-vap", "079190150003");
        assertThat(forward("go-vap.reception", code).status()).isEqualTo(200);
        String billId = ApiClient.as(port, "go-vap.reception").post("/api/v1/dossiers/" + code + "/payments",
                Map.of()).json().get("billId").asString();
        assertThat(ApiClient.anonymous(port).post("/api/v1/payments/notify",
                paid(billId, "TX-GUARD-" + code, CERTIFIED_COPY_FEES)).json().get("resultCode").asString())
                .isEqualTo("00");
        assertThat(forward("go-vap.processor", code).status()).isEqualTo(200);
        assertThat(forward("go-vap.leader", code).status()).isEqualTo(200);

        // when the clerk completes the last step, then it finishes
        ApiClient.Response r = forward("go-vap.clerk", code);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(9);
    }

    @Test
    void aDossierWhoseFeesAreAllExemptFinishesWithoutPayment() {
        // given a dossier at its last step whose two fee lines the processor exempted
        String code = feeOwingDossier(port, "go-vap", "079190150004");
        assertThat(forward("go-vap.reception", code).status()).isEqualTo(200);
        for (int line = 1; line <= 2; line++) {
            ApiClient.Response exempt = ApiClient.as(port, "go-vap.processor").post("/api/v1/dossiers/" + code
                    + "/fee-exemptions", Map.of("line", line, "reason", "Hộ nghèo (sổ số 12/2026)"));
            assertThat(exempt.status()).as(exempt.toString()).isEqualTo(200);
        }
        assertThat(dossier(code).get("feesDueVnd").asLong()).isZero();
        assertThat(forward("go-vap.processor", code).status()).isEqualTo(200);
        assertThat(forward("go-vap.leader", code).status()).isEqualTo(200);

        // when the clerk completes the last step, then it finishes though nothing was paid
        ApiClient.Response r = forward("go-vap.clerk", code);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(dossier(code).get("status").get("code").asInt()).isEqualTo(9);
    }
}
