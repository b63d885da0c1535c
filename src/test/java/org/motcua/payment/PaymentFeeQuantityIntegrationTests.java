package org.motcua.payment;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-page and per-copy fee lines are counted from the form data (the line's {@code quantityField}); the processor
 * applies an on-request line (a reduced rate) with a reason, its amount counted the same way, never after payment.
 */
@PlatformTest
class PaymentFeeQuantityIntegrationTests {

    private static final String UNIT = "thong-tay-hoi";
    private static final String EXTRACT_COPIES = "2.000635.000.00.00.H29";
    private static final String JUDICIAL_RECORD = "3.000333.000.00.00.H29";

    @LocalServerPort
    int port;

    private ApiClient desk() {
        return ApiClient.as(port, UNIT + ".reception");
    }

    private ApiClient.Response submit(String procedure, String personalId, Map<String, Object> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", procedure);
        body.put("channel", "IN_PERSON");
        body.put("receivingUnit", UNIT);
        if (!procedure.equals(JUDICIAL_RECORD)) {
            body.put("competentUnit", UNIT); // the city police decide judicial records
        }
        body.put("applicant", Map.of("personalId", personalId, "fullName", "Đỗ Thị Lan", "phone", "0912345678"));
        body.put("form", form);
        return desk().post("/api/v1/dossiers", body);
    }

    private static Map<String, Object> copyForm(Object pageCount, Object copies) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("documentTitle", "Học bạ trung học phổ thông");
        form.put("issuingAuthority", "Trường THPT Nguyễn Thị Minh Khai");
        if (pageCount != null) {
            form.put("pageCount", pageCount);
        }
        if (copies != null) {
            form.put("copies", copies);
        }
        return form;
    }

    @Test
    void certifiedCopiesOweEachPageOfEachCopy() {
        // when a desk takes in 2 copies of a 5-page document
        ApiClient.Response r = submit(PaymentFixtures.CERTIFIED_COPY, "079190170001", copyForm(5, 2));

        // then pages 1–2 of each copy at 2,000 and pages 3–5 of each copy at 1,000
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode fees = r.json().get("fees");
        assertThat(fees.get(0).get("quantity").asInt()).isEqualTo(4);
        assertThat(fees.get(0).get("unitAmountVnd").asLong()).isEqualTo(2000);
        assertThat(fees.get(0).get("amountVnd").asLong()).isEqualTo(8000);
        assertThat(fees.get(1).get("quantity").asInt()).isEqualTo(6);
        assertThat(fees.get(1).get("amountVnd").asLong()).isEqualTo(6000);
        assertThat(r.json().get("feesDueVnd").asLong()).isEqualTo(14000);
        // and the bill asks for that
        String code = r.json().get("code").asString();
        assertThat(desk().post("/api/v1/dossiers/" + code + "/payments", Map.of()).json().get("amount").asLong())
                .isEqualTo(14000);
    }

    @Test
    void aCopyOfALongDocumentIsCappedAt200000Dong() {
        ApiClient.Response r = submit(PaymentFixtures.CERTIFIED_COPY, "079190170002", copyForm(400, 1));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("feesDueVnd").asLong()).isEqualTo(200_000);
    }

    @Test
    void aMissingOrInvalidQuantityIsTheFormsValidationError() {
        for (Map<String, Object> form : List.of(copyForm(3, null), copyForm(null, 1), copyForm(3, "hai"),
                copyForm(3, 0), copyForm(-2, 1))) {
            ApiClient.Response r = submit(PaymentFixtures.CERTIFIED_COPY, "079190170003", form);
            assertThat(r.status()).as(form + " → " + r).isEqualTo(422);
            assertThat(r.json().get("code").asString()).isEqualTo("invalid-form-data");
            assertThat(r.toString()).containsAnyOf("form.pageCount", "form.copies");
        }
    }

    @Test
    void civilStatusExtractCopiesOweEachCopy() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("recordType", "birth");
        form.put("subjectName", "Đỗ Minh Quân");
        form.put("copies", 3);
        form.put("applicantRelationship", "self");
        ApiClient.Response r = submit(EXTRACT_COPIES, "079190170004", form);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("fees").get(0).get("quantity").asInt()).isEqualTo(3);
        assertThat(r.json().get("feesDueVnd").asLong()).isEqualTo(24000);
    }

    @Test
    void judicialRecordCertificatesFromTheThirdOweTheExtraFee() {
        ApiClient.Response r = submit(JUDICIAL_RECORD, "079190170005", judicialRecordForm(4));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode fees = r.json().get("fees");
        assertThat(fees).hasSize(2);
        assertThat(fees.get(1).get("quantity").asInt()).isEqualTo(2);
        assertThat(r.json().get("feesDueVnd").asLong()).isEqualTo(210_000);
    }

    @Test
    void theProcessorAppliesTheReducedRateWithAReasonAndExemptsTheFullOne() {
        // given a judicial-record request owing the full 200,000 VND
        ApiClient.Response created = submit(JUDICIAL_RECORD, "079190170006", judicialRecordForm(1));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String code = created.json().get("code").asString();
        String competent = created.json().get("competentUnit").asString();
        ApiClient processor = ApiClient.as(port, competent + ".processor");
        String path = "/api/v1/dossiers/" + code + "/fee-lines";

        // bad requests: no reason, a line that is not on request, no line, the desk instead of the processor
        ApiClient.Response noReason = processor.post(path, Map.of("procedureLine", 2));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
        ApiClient.Response notOnRequest = processor.post(path, Map.of("procedureLine", 1, "reason", "Sinh viên"));
        assertThat(notOnRequest.status()).as(notOnRequest.toString()).isEqualTo(404);
        assertThat(notOnRequest.json().get("code").asString()).isEqualTo("fee-line-not-on-request");
        ApiClient.Response noSuchLine = processor.post(path, Map.of("procedureLine", 9, "reason", "Sinh viên"));
        assertThat(noSuchLine.status()).as(noSuchLine.toString()).isEqualTo(404);
        ApiClient.Response noLine = processor.post(path, Map.of("reason", "Sinh viên"));
        assertThat(noLine.status()).as(noLine.toString()).isEqualTo(400);
        ApiClient.Response byDesk = desk().post(path, Map.of("procedureLine", 2, "reason", "Sinh viên"));
        assertThat(byDesk.status()).as(byDesk.toString()).isEqualTo(403);

        // when the processor applies the students' rate, then exempts the full rate
        ApiClient.Response applied = processor.post(path, Map.of("procedureLine", 2,
                "reason", "Sinh viên (thẻ SV 2026-0457)"));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().get("feesDueVnd").asLong()).isEqualTo(300_000);
        ApiClient.Response exempt = processor.post("/api/v1/dossiers/" + code + "/fee-exemptions",
                Map.of("line", 1, "reason", "Áp dụng mức thu dành cho sinh viên"));
        assertThat(exempt.status()).as(exempt.toString()).isEqualTo(200);

        // then the dossier owes the reduced rate, the line applied with who and why, on the slip
        JsonNode dossier = desk().get("/api/v1/dossiers/" + code).json();
        assertThat(dossier.get("feesDueVnd").asLong()).isEqualTo(100_000);
        JsonNode line = dossier.get("fees").get(dossier.get("fees").size() - 1);
        assertThat(line.get("amountVnd").asLong()).isEqualTo(100_000);
        assertThat(line.get("applied").get("reason").asString()).isEqualTo("Sinh viên (thẻ SV 2026-0457)");
        assertThat(line.get("applied").get("by").asString()).isEqualTo(competent + ".processor");
        assertThat(dossier.get("history").findValuesAsString("action")).contains("APPLY_FEE", "EXEMPT_FEE");
        // applied once only
        ApiClient.Response twice = processor.post(path, Map.of("procedureLine", 2, "reason", "Lần nữa"));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);

        // and once paid, no line is applied any more
        ApiClient.Response paid = desk().post("/api/v1/dossiers/" + code + "/counter-payments",
                Map.of("method", "CASH", "receiptNumber", "TTH-" + code));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.json().get("amountVnd").asLong()).isEqualTo(100_000);
        ApiClient.Response afterPayment = processor.post(path, Map.of("procedureLine", 2, "reason", "Sau khi nộp"));
        assertThat(afterPayment.status()).as(afterPayment.toString()).isEqualTo(409);
        assertThat(afterPayment.json().get("code").asString()).isEqualTo("fee-already-paid");
    }

    private static Map<String, Object> judicialRecordForm(int certificates) {
        return Map.of(
                "applicant", Map.of("fullName", "Đỗ Thị Lan", "personalId", "079190170006",
                        "birthDate", "1990-01-02", "sex", "female", "placeOfBirth", "Thành phố Hồ Chí Minh",
                        "nationality", "Việt Nam", "residence", "5 Nguyễn Huệ, Phường Sài Gòn"),
                "parents", Map.of("motherName", "Lê Thị Hoa"),
                "certificateType", "no1",
                "purpose", "Xin việc",
                "residenceHistory", List.of(Map.of("fromDate", "2004-01-02", "address", "Phường Sài Gòn")),
                "certificatesRequested", certificates);
    }
}
