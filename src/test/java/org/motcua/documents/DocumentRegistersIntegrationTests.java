package org.motcua.documents;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.documents.DocumentFixtures.draft;
import static org.motcua.documents.DocumentFixtures.drafted;
import static org.motcua.documents.DocumentFixtures.issue;

/** The Appendix IV registers as JSON, PDF (read back as text) and XLSX (read back with Apache POI); access. */
@PlatformTest
class DocumentRegistersIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theOutgoingRegisterHasTenColumnsAndExportsToPdfAndXlsx() throws Exception {
        String id = drafted(port, "an-khanh.processor", draft("an-khanh", "KH", "Kế hoạch tổ chức Tết Nguyên đán",
                List.of("binh-trung")));
        String symbol = issue(port, "an-khanh.clerk", id).json().get("symbol").asString();
        ApiClient clerk = ApiClient.as(port, "an-khanh.clerk");

        JsonNode json = clerk.get("/api/v1/documents/registers/outgoing?unit=an-khanh").json();
        byte[] pdf = clerk.bytes("/api/v1/documents/registers/outgoing?unit=an-khanh&format=pdf");
        byte[] xlsx = clerk.bytes("/api/v1/documents/registers/outgoing?unit=an-khanh&format=xlsx");

        assertThat(json.get("columns")).hasSize(10);
        assertThat(json.get("title").asString()).isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐI");
        assertThat(json.get("unitName").asString()).isEqualTo("Ủy ban nhân dân Phường An Khánh");

        String text = DocumentFixtures.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "SỔ ĐĂNG KÝ VĂN BẢN ĐI", "ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH", symbol, "Tết Nguyên đán", "Trang 1/1");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var box = document.getPage(0).getMediaBox();
            assertThat(Math.round(box.getWidth())).isEqualTo(842);
            assertThat(Math.round(box.getHeight())).isEqualTo(595);
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
            var font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("NotoSerif");
        }

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐI");
            Row heading = sheet.getRow(3);
            assertThat(heading.getLastCellNum()).isEqualTo((short) 10);
            assertThat(heading.getCell(0).getStringCellValue()).isEqualTo("Số, ký hiệu văn bản");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    cells.add(sheet.getRow(r).getCell(c).getStringCellValue());
                }
                rows.add(cells);
            }
            List<String> expected = new ArrayList<>();
            json.get("rows").forEach(row -> {
                List<String> cells = new ArrayList<>();
                row.get("cells").forEach(c -> cells.add(c.asString()));
                expected.add(String.join("|", cells));
            });
            assertThat(rows.stream().map(c -> String.join("|", c)).toList()).isEqualTo(expected);
            assertThat(rows.stream().anyMatch(c -> c.get(0).equals(symbol) && c.get(2).contains("Tết Nguyên đán")))
                    .isTrue();
        }
    }

    @Test
    void theIncomingAndTrackingRegistersExportWithTheirColumns() throws Exception {
        ApiClient clerk = ApiClient.as(port, "an-khanh.clerk");
        clerk.post("/api/v1/documents/incoming", DocumentBadInputIntegrationTests.outside("an-khanh"));

        byte[] incoming = clerk.bytes("/api/v1/documents/registers/incoming?unit=an-khanh&format=xlsx");
        byte[] trackingPdf = clerk.bytes("/api/v1/documents/registers/tracking?unit=an-khanh&format=pdf");
        JsonNode english = clerk.get("/api/v1/documents/registers/incoming?unit=an-khanh&lang=en").json();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(incoming))) {
            Row heading = book.getSheetAt(0).getRow(3);
            assertThat(heading.getLastCellNum()).isEqualTo((short) 10);
            assertThat(heading.getCell(1).getStringCellValue()).isEqualTo("Số đến");
            Sheet sheet = book.getSheetAt(0);
            List<String> authors = new ArrayList<>();
            for (int r = RegisterXlsx.HEADER_ROWS; r <= sheet.getLastRowNum(); r++) {
                authors.add(sheet.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(authors).contains("Bộ Nội vụ");
        }
        assertThat(DocumentFixtures.text(trackingPdf).replaceAll("\\s+", " ")).contains("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN",
                "Thời hạn giải quyết");
        assertThat(english.get("columns").get(1).asString()).isEqualTo("Incoming number");
    }

    @Test
    void aRegisterForAPeriodHoldsOnlyThatPeriod() {
        JsonNode past = ApiClient.as(port, "an-khanh.clerk")
                .get("/api/v1/documents/registers/outgoing?unit=an-khanh&from=2020-01-01&to=2020-12-31").json();

        assertThat(past.get("rows")).isEmpty();
        assertThat(past.get("period").asString()).isEqualTo("Từ ngày 01/01/2020 đến ngày 31/12/2020");
    }

    @Test
    void confidentialDocumentsAreSeenOnlyByTheNamedPeopleAndTheirRowKeepsTheNumber() {
        Map<String, Object> body = draft("xuan-hoa", "BC", "Báo cáo mật về an ninh", List.of("ban-co"));
        body.put("confidential", true);
        body.put("restrictedTo", List.of("xuan-hoa.leader", "ban-co.processor"));
        String id = drafted(port, "xuan-hoa.processor", body);
        String symbol = issue(port, "xuan-hoa.clerk", id).json().get("symbol").asString();

        ApiClient.Response named = ApiClient.as(port, "xuan-hoa.leader").get("/api/v1/documents/outgoing/" + id);
        ApiClient.Response notNamed = ApiClient.as(port, "xuan-hoa.reception").get("/api/v1/documents/outgoing/" + id);
        ApiClient.Response auditor = ApiClient.as(port, "city.auditor").get("/api/v1/documents/outgoing/" + id);
        JsonNode rowForReception = DocumentLifecycleIntegrationTests.findRow(ApiClient.as(port, "xuan-hoa.reception")
                .get("/api/v1/documents/registers/outgoing?unit=xuan-hoa").json(), symbol);
        String entry = DocumentLifecycleIntegrationTests.findRow(ApiClient.as(port, "ban-co.clerk")
                .get("/api/v1/documents/registers/incoming?unit=ban-co").json(), symbol).get("documentId").asString();
        ApiClient.Response recipientNamed = ApiClient.as(port, "ban-co.processor").get("/api/v1/documents/incoming/"
                + entry);
        ApiClient.Response recipientNotNamed = ApiClient.as(port, "ban-co.reception")
                .get("/api/v1/documents/incoming/" + entry);
        JsonNode search = ApiClient.as(port, "xuan-hoa.reception")
                .get("/api/v1/documents/search?unit=xuan-hoa&q=an%20ninh").json();

        assertThat(named.status()).isEqualTo(200);
        assertThat(notNamed.status()).isEqualTo(404);
        assertThat(auditor.status()).isEqualTo(404);
        assertThat(rowForReception.get("cells").get(2).asString()).doesNotContain("an ninh").contains("mật");
        assertThat(recipientNamed.status()).isEqualTo(200);
        assertThat(recipientNotNamed.status()).isEqualTo(404);
        assertThat(search.findValuesAsString("id")).doesNotContain(id);
    }

    @Test
    void theCityAuditorReadsAnyUnitsRegisterButOtherUnitsDoNot() {
        assertThat(ApiClient.as(port, "city.auditor").get("/api/v1/documents/registers/incoming?unit=an-khanh")
                .status()).isEqualTo(200);
        assertThat(ApiClient.as(port, "xuan-hoa.leader").get("/api/v1/documents/registers/incoming?unit=an-khanh")
                .status()).isEqualTo(404);
    }
}
