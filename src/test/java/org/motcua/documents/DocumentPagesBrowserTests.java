package org.motcua.documents;

import org.junit.jupiter.api.Test;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done means" in the staff back-office: the city People's Committee drafts and issues a decision to
 * three wards; each finds it in its own incoming register with its own number; a ward leader assigns it, the handler
 * reports progress and closes it with the reply's number; the registers show it and their PDF and XLSX links
 * answer. Every state of every page is checked with axe-core. The wards are used by no other test.
 */
@BrowserTest
class DocumentPagesBrowserTests {

    private static final List<String> WARDS = List.of("cho-quan", "xom-chieu", "khanh-hoi");

    @LocalServerPort
    int port;

    @Test
    void aCityDecisionToThreeWardsIsRegisteredAssignedHandledAndClosedThroughThePages(WebBrowser browser)
            throws Exception {
        String summary = "Ban hành kế hoạch chuyển đổi số " + UUID.randomUUID().toString().substring(0, 8);

        // the city clerk drafts the decision from the staff home; an empty form is refused with the summary
        logIn(browser, "city.clerk");
        browser.clickLink("Văn bản đi, văn bản đến").assertAccessible();
        browser.clickLink("Soạn văn bản đi").assertAccessible();
        browser.press("Lưu dự thảo");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#type"))
                .anySatisfy(h -> assertThat(h).endsWith("#summary"));
        browser.assertAccessible();
        new Select(browser.find("#type")).selectByValue("QUYET_DINH");
        browser.fill("summary", summary).fill("signerTitle", "Chủ tịch").fill("signerName", "Nguyễn Văn An")
                .fill("recipientOutside", "Lưu: VT").fill("copies", "5");
        new Select(browser.find("#signingAuthority")).selectByValue("TM.");
        Select recipients = new Select(browser.find("#recipientUnits"));
        WARDS.forEach(recipients::selectByValue);
        Path pdf = Files.createTempFile("quyet-dinh", ".pdf");
        Files.write(pdf, DocumentFixtures.pdf(summary));
        browser.driver().findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.press("Lưu dự thảo");
        assertThat(browser.mainText()).contains("Đã lưu dự thảo.", "Dự thảo", summary, "TM. Chủ tịch Nguyễn Văn An",
                "quyet-dinh", "Không có chữ ký số");
        browser.assertAccessible();

        // issuing numbers it and delivers it
        browser.press("Cấp số và phát hành");
        String symbol = browser.find("h1").getText();
        assertThat(symbol).matches("\\d{2,}/QĐ-UBND");
        assertThat(browser.mainText()).contains("Đã cấp số và phát hành văn bản.", "Đã phát hành");
        browser.assertAccessible();
        browser.open("/staff/documents/registers/outgoing");
        assertThat(browser.find("#register").getText()).contains(symbol, summary);
        browser.assertAccessible();

        // each ward finds it in its own incoming register, as its own entry with its own number
        Map<String, String> entries = new HashMap<>();
        for (String ward : WARDS) {
            logIn(browser, ward + ".clerk");
            browser.open("/staff/documents/registers/incoming");
            WebElement row = rowWith(browser, symbol);
            assertThat(row.getText()).contains(summary);
            assertThat(row.findElements(By.tagName("td")).get(1).getText()).matches("\\d{2,}");
            entries.put(ward, row.getAttribute("data-id"));
            browser.assertAccessible();
        }
        assertThat(new HashSet<>(entries.values())).hasSize(3);

        // a ward leader assigns it to the ward's specialist with a deadline of five working days
        String ward = WARDS.get(0);
        logIn(browser, ward + ".leader");
        browser.open("/staff/documents/registers/incoming");
        browser.follow("tr[data-id='" + entries.get(ward) + "'] a");
        assertThat(browser.mainText()).contains(summary, symbol, "Văn bản chưa được giao.");
        browser.assertAccessible();
        new Select(browser.find("#assign-person")).selectByValue(ward + ".processor");
        browser.fill("assign-workingDays", "5").fill("assign-note", "Đề nghị triển khai").press("Giao");
        assertThat(browser.mainText()).contains("Đã giao xử lý.", ward + ".processor", "Đang giải quyết", "Hạn: ");
        browser.assertAccessible();

        // the specialist finds it among the documents assigned to them, reports progress and closes it
        logIn(browser, ward + ".processor");
        browser.clickLink("Văn bản đi, văn bản đến");
        assertThat(browser.find("#assigned").getText()).contains(symbol);
        browser.assertAccessible();
        browser.follow("#assigned a");
        String assignment = browser.find("section.action-form").getAttribute("id").substring("assignment-".length());
        browser.fill("progress-" + assignment + "-note", "Đã xây dựng dự thảo kế hoạch").press("Ghi tiến độ");
        assertThat(browser.mainText()).contains("Đã ghi tiến độ.", "Đã xây dựng dự thảo kế hoạch");
        browser.assertAccessible();
        browser.press("Kết thúc xử lý");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href"))
                .endsWith("#close-" + assignment + "-replySymbol");
        browser.assertAccessible();
        browser.fill("close-" + assignment + "-replySymbol", "15/UBND-VX").press("Kết thúc xử lý");
        assertThat(browser.mainText()).contains("Đã kết thúc xử lý.", "Đã giải quyết", "Văn bản trả lời: 15/UBND-VX");
        assertThat(browser.find("#history").getText()).contains("Giao xử lý", "Báo cáo tiến độ", "Kết thúc xử lý");
        browser.assertAccessible();

        // the ward clerk's tracking register shows the reply, for this month too; the exports answer
        logIn(browser, ward + ".clerk");
        browser.open("/staff/documents/registers/tracking");
        assertThat(rowWith(browser, summary).getText()).contains(ward + ".processor", "15/UBND-VX", "Đã giải quyết");
        browser.assertAccessible();
        String month = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString().substring(0, 7);
        new Select(browser.find("#period")).selectByValue(month);
        browser.press("Xem sổ");
        assertThat(browser.path()).contains("period=" + month);
        assertThat(rowWith(browser, summary).getText()).contains("15/UBND-VX");
        browser.assertAccessible();
        browser.open("/staff/documents/registers/tracking?period=2026-13");
        assertThat(browser.title()).startsWith("Lỗi: ");
        browser.assertAccessible();
        for (String kind : List.of("incoming", "outgoing", "tracking")) {
            browser.open("/staff/documents/registers/" + kind);
            assertThat(fetch(browser, browser.find("#export-pdf").getAttribute("href")))
                    .as(kind + " pdf").isEqualTo("200 application/pdf");
            assertThat(fetch(browser, browser.find("#export-xlsx").getAttribute("href"))).as(kind + " xlsx")
                    .isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        Files.deleteIfExists(pdf);
    }

    @Test
    void aClerkRegistersASignedScanFromOutsideAndFindsItBySearch(WebBrowser browser) throws Exception {
        String word = "Phuluc" + Long.toString(System.nanoTime(), 36);

        // the form refuses an empty submission, then a scan that is not a PDF (415), with the summary each time
        logIn(browser, "phu-dinh.clerk");
        browser.clickLink("Văn bản đi, văn bản đến").assertAccessible();
        assertThat(browser.mainText()).contains("Không có văn bản nào đang giao cho bạn xử lý.");
        browser.clickLink("Đăng ký văn bản đến từ bên ngoài").assertAccessible();
        browser.press("Vào sổ văn bản đến");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#author"))
                .anySatisfy(h -> assertThat(h).endsWith("#documentDate"));
        browser.assertAccessible();
        browser.fill("author", "Bộ Nội vụ").fill("symbol", "88/BNV-VP").fill("summary", "Về lưu trữ hồ sơ điện tử");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = '2026-01-05'", browser.find("#documentDate"));
        new Select(browser.find("#type")).selectByValue("CONG_VAN");
        Path text = Files.createTempFile("scan", ".pdf");
        Files.writeString(text, "not a pdf at all");
        browser.driver().findElement(By.id("file")).sendKeys(text.toAbsolutePath().toString());
        browser.press("Vào sổ văn bản đến");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#file");
        assertThat(browser.find(".error-summary").getText()).contains("Tệp không phải PDF");
        assertThat(browser.find("#summary").getText()).isEqualTo("Về lưu trữ hồ sơ điện tử");
        browser.assertAccessible();

        // a signed scan: the entry shows the check, who signed, and that the certificate's trust is not checked
        Path signed = Files.createTempFile("scan-ky-so", ".pdf");
        Files.write(signed, DocumentFixtures.signed(DocumentFixtures.pdf("Nội dung " + word), "Nguyen Van Ky"));
        browser.driver().findElement(By.id("file")).sendKeys(signed.toAbsolutePath().toString());
        browser.press("Vào sổ văn bản đến");
        assertThat(browser.mainText()).contains("Đã vào sổ văn bản đến.", "88/BNV-VP", "Hợp lệ", "Nguyen Van Ky",
                "không kiểm tra chứng thư");
        assertThat(browser.find("h1").getText()).matches("Văn bản đến số \\d{2,}");
        browser.assertAccessible();

        // search: too short, nothing found, and the word inside the PDF without diacritics
        browser.open("/staff/documents/search?q=a");
        assertThat(browser.title()).startsWith("Lỗi: ");
        browser.assertAccessible();
        browser.fill("q", "khong co van ban nao nhu the " + word).press("Tìm");
        assertThat(browser.mainText()).contains("Không tìm thấy văn bản nào.");
        browser.assertAccessible();
        browser.fill("q", word.toLowerCase()).press("Tìm");
        assertThat(browser.find("#results").getText()).contains("88/BNV-VP", "Về lưu trữ hồ sơ điện tử");
        browser.assertAccessible();
        browser.follow("#results a");
        assertThat(browser.mainText()).contains("88/BNV-VP");
        Files.deleteIfExists(text);
        Files.deleteIfExists(signed);
    }

    private static WebElement rowWith(WebBrowser browser, String text) {
        List<WebElement> rows = new ArrayList<>(browser.findAll("#register tbody tr"));
        return rows.stream().filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + text + " in " + browser.mainText()));
    }

    /** Status and content type of a link, requested with the browser's session cookie. */
    private static String fetch(WebBrowser browser, String href) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("") + (r.body().length > 100
                ? "" : " (short body)");
    }

    private void logIn(WebBrowser browser, String user) {
        browser.driver().manage().deleteAllCookies();
        browser.desktop().open("/staff/login").fill("username", user).fill("password", "demo").press("Đăng nhập");
        assertThat(browser.path()).as("login of " + user).isEqualTo("/staff");
    }
}
