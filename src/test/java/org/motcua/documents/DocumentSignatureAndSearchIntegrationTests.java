package org.motcua.documents;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.documents.DocumentFixtures.draft;
import static org.motcua.documents.DocumentFixtures.drafted;
import static org.motcua.documents.DocumentFixtures.issue;

/** Signature checks of uploaded PDFs (signed in the test, tampered, unsigned) and search ignoring diacritics. */
@PlatformTest
class DocumentSignatureAndSearchIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aSignedPdfIsReportedValidWithItsSigner() {
        byte[] signed = DocumentFixtures.signed(DocumentFixtures.pdf("Quyết định đã ký"), "Nguyễn Văn Ký");
        String id = drafted(port, "phuoc-long.processor", draft("phuoc-long", "QĐ", "Quyết định ký số",
                List.of("sai-gon")));

        ApiClient.Response r = ApiClient.as(port, "phuoc-long.processor").upload("/api/v1/documents/outgoing/" + id
                + "/files", Map.of(), "signed.pdf", signed);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode signature = r.json().get("signature");
        assertThat(signature.get("status").asString()).isEqualTo("VALID");
        assertThat(signature.get("signatures")).hasSize(1);
        JsonNode one = signature.get("signatures").get(0);
        assertThat(one.get("signer").asString()).isEqualTo("Nguyễn Văn Ký");
        assertThat(one.get("intact").asBoolean()).isTrue();
        assertThat(one.get("coversWholeFile").asBoolean()).isTrue();
        assertThat(one.get("certificateTrust").asString()).isEqualTo("NOT_CHECKED");
        // and the stored file shows the same check when the document is read again
        JsonNode file = ApiClient.as(port, "phuoc-long.clerk").get("/api/v1/documents/outgoing/" + id).json()
                .get("files").get(0);
        assertThat(file.get("signature").get("status").asString()).isEqualTo("VALID");
    }

    @Test
    void aTamperedSignedPdfIsReportedInvalid() {
        byte[] tampered = DocumentFixtures.tampered(DocumentFixtures.signed(DocumentFixtures.pdf("Nội dung gốc"),
                "Trần Thị Bình"));

        ApiClient.Response r = ApiClient.as(port, "phuoc-long.clerk").upload("/api/v1/documents/signature-check",
                Map.of(), "tampered.pdf", tampered);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("INVALID");
        assertThat(r.json().get("signatures").get(0).get("intact").asBoolean()).isFalse();
        assertThat(r.json().get("signatures").get(0).get("problem").asString()).isNotBlank();
    }

    @Test
    void aPdfChangedAfterSigningIsNotValid() throws Exception {
        byte[] signed = DocumentFixtures.signed(DocumentFixtures.pdf("Nội dung"), "Lê Văn Cường");
        byte[] appended = new byte[signed.length + 20];
        System.arraycopy(signed, 0, appended, 0, signed.length);
        System.arraycopy("\n% appended later\n".getBytes(), 0, appended, signed.length, 18);

        JsonNode r = ApiClient.as(port, "phuoc-long.clerk").upload("/api/v1/documents/signature-check", Map.of(),
                "later.pdf", appended).json();

        assertThat(r.get("status").asString()).isEqualTo("INVALID");
        assertThat(r.get("signatures").get(0).get("coversWholeFile").asBoolean()).isFalse();
    }

    @Test
    void anUnsignedPdfIsReportedUnsignedNeverValid() {
        ApiClient.Response r = ApiClient.as(port, "phuoc-long.clerk").upload("/api/v1/documents/signature-check",
                Map.of(), "plain.pdf", DocumentFixtures.pdf("Không ký"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("UNSIGNED");
        assertThat(r.json().get("signatures")).isEmpty();
    }

    @Test
    void searchFindsByTextInsideThePdfSummaryAndSymbolIgnoringDiacritics() {
        String id = drafted(port, "phuoc-long.processor", draft("phuoc-long", "KH",
                "Kế hoạch phòng chống ngập úng mùa mưa", List.of("cau-ong-lanh")));
        ApiClient.as(port, "phuoc-long.processor").upload("/api/v1/documents/outgoing/" + id + "/files", Map.of(),
                "kh.pdf", DocumentFixtures.pdf("Nạo vét kênh Nhiêu Lộc trước tháng Sáu"));
        String symbol = issue(port, "phuoc-long.clerk", id).json().get("symbol").asString();
        ApiClient own = ApiClient.as(port, "phuoc-long.leader");

        JsonNode byPdfText = own.get("/api/v1/documents/search?unit=phuoc-long&q=nao%20vet%20kenh").json();
        JsonNode bySummary = own.get("/api/v1/documents/search?unit=phuoc-long&q=NGAP%20UNG").json();
        JsonNode bySymbol = own.get("/api/v1/documents/search?unit=phuoc-long&q="
                + java.net.URLEncoder.encode(symbol, java.nio.charset.StandardCharsets.UTF_8)).json();
        JsonNode atRecipient = ApiClient.as(port, "cau-ong-lanh.processor")
                .get("/api/v1/documents/search?unit=cau-ong-lanh&q=nhieu%20loc").json();
        ApiClient.Response otherUnit = ApiClient.as(port, "ben-thanh.leader")
                .get("/api/v1/documents/search?unit=phuoc-long&q=nao%20vet");
        ApiClient.Response tooShort = own.get("/api/v1/documents/search?unit=phuoc-long&q=a");

        assertThat(ids(byPdfText)).contains(id);
        assertThat(ids(bySummary)).contains(id);
        assertThat(ids(bySymbol)).contains(id);
        assertThat(atRecipient.findValuesAsString("kind")).contains("incoming");
        assertThat(atRecipient.findValuesAsString("symbol")).contains(symbol);
        assertThat(otherUnit.status()).isEqualTo(404);
        assertThat(tooShort.status()).isEqualTo(400);
    }

    @Test
    void theScanOfAnOutsideDocumentIsSearchableAndDownloadable() {
        ApiClient clerk = ApiClient.as(port, "phuoc-long.clerk");
        String entry = clerk.post("/api/v1/documents/incoming", DocumentBadInputIntegrationTests.outside("phuoc-long"))
                .json().get("id").asString();
        byte[] scan = DocumentFixtures.pdf("Hướng dẫn lập hồ sơ lưu trữ điện tử");
        JsonNode file = clerk.upload("/api/v1/documents/incoming/" + entry + "/files", Map.of(), "scan.pdf", scan)
                .json();

        byte[] downloaded = clerk.bytes("/api/v1/documents/incoming/" + entry + "/files/" + file.get("id").asString());
        JsonNode found = clerk.get("/api/v1/documents/search?unit=phuoc-long&q=luu%20tru%20dien%20tu").json();

        assertThat(downloaded).isEqualTo(scan);
        assertThat(file.get("searchable").asBoolean()).isTrue();
        assertThat(ids(found)).contains(entry);
        assertThat(ApiClient.as(port, "sai-gon.clerk").get("/api/v1/documents/incoming/" + entry + "/files/"
                + file.get("id").asString()).status()).isEqualTo(404);
    }

    private static List<String> ids(JsonNode hits) {
        return hits.findValuesAsString("id");
    }
}
