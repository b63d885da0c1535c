package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's side after submitting: "my dossiers" with the status, a dossier's timeline, the result to download
 * and the rating; a supplement round trip; "who looked at my data"; the public look-up. Staff act through the API
 * (their pages are built elsewhere).
 */
@BrowserTest
class MyDossiersBrowserTests {

    static final String KHANG = "079096001234";

    @LocalServerPort
    int port;

    private static void logIn(WebBrowser browser, String path, String personalId) {
        browser.open(path);
        assertThat(browser.path()).startsWith("/login");
        browser.press("Đăng nhập bằng tài khoản định danh điện tử");
        browser.follow("tr[data-personal-id='" + personalId + "'] button");
        assertThat(browser.path()).startsWith(path);
    }

    /**
     * The page at a 390 px phone, emulated (a headless window cannot be narrower than about 500 px): nothing scrolls
     * sideways.
     */
    static void fitsThePhone(WebBrowser browser) {
        ChromiumDriver chromium = (ChromiumDriver) browser.driver();
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            long width = (Long) ((JavascriptExecutor) chromium)
                    .executeScript("return document.documentElement.scrollWidth");
            long viewport = (Long) ((JavascriptExecutor) chromium).executeScript("return window.innerWidth");
            assertThat(viewport).isEqualTo(390);
            assertThat(width).as("no sideways scrolling at phone width").isLessThanOrEqualTo(390);
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theCitizenFollowsTheDossierDownloadsTheResultAndRatesTheService(WebBrowser browser) throws Exception {
        String code = DossierRatingIntegrationTests.submitBirthRegistration(port, "Trần Bảo Ngọc");
        JsonNode finished = DossierRatingIntegrationTests.processToResult(port, code);
        assertThat(finished.get("resultFiles")).isNotEmpty();

        logIn(browser, "/my/dossiers", KHANG);
        browser.assertAccessible();
        fitsThePhone(browser);
        assertThat(browser.mainText()).contains(code, "Thủ tục đăng ký khai sinh");
        browser.follow("a[href='/my/dossiers/" + code + "']");
        browser.assertAccessible();
        fitsThePhone(browser);
        String page = browser.mainText();
        assertThat(page).contains("Đã xử lý xong", "Bạn đã nộp hồ sơ trực tuyến", "Bộ phận một cửa đã tiếp nhận hồ sơ",
                "Quá trình giải quyết");
        assertThat(browser.find(".tag").getAttribute("class")).contains("tag--green");

        // the result, as a PDF
        String result = browser.find("a[href*='/files/']").getAttribute("href");
        HttpResponse<byte[]> pdf = ApplyBrowserTests.fetch(browser, result);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

        // rating: no score is an error; then 4 with a comment, once
        browser.press("Gửi đánh giá");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#score");
        browser.assertAccessible();
        browser.find("#score-4").click();
        browser.fill("comment", "Nhanh gọn, cảm ơn cán bộ phường").press("Gửi đánh giá");
        assertThat(browser.mainText()).contains("Bạn đã đánh giá: Hài lòng", "Nhanh gọn, cảm ơn cán bộ phường");
        assertThat(browser.findAll("#score")).isEmpty();
        browser.assertAccessible();
        JsonNode rating = ApiClient.as(port, KHANG).get("/api/v1/dossiers/" + code + "/rating").json();
        assertThat(rating.get("score").asInt()).isEqualTo(4);

        // the public look-up shows the status without logging in
        browser.driver().manage().deleteAllCookies();
        browser.open("/lookup?code=" + code).assertAccessible();
        assertThat(browser.mainText()).contains(code, "Đã xử lý xong");
    }

    @Test
    void aSupplementRequestIsAnsweredWithAnUpload(WebBrowser browser) throws Exception {
        String code = DossierRatingIntegrationTests.submitBirthRegistration(port, "Trần Gia Huy");
        ApiClient.Response asked = ApiClient.as(port, "sai-gon.reception").post("/api/v1/dossiers/" + code
                + "/actions", Map.of("action", "REQUEST_SUPPLEMENT", "reason", "Giấy chứng sinh bị mờ",
                "missing", List.of("Giấy chứng sinh (bản rõ nét)")));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);

        logIn(browser, "/my/dossiers/" + code, KHANG);
        browser.assertAccessible();
        assertThat(browser.mainText()).contains("Cần bổ sung hồ sơ", "Giấy chứng sinh bị mờ",
                "Giấy chứng sinh (bản rõ nét)");
        assertThat(browser.find(".tag").getAttribute("class")).contains("tag--yellow");

        // nothing chosen, then a file that is not a PDF or image
        browser.press("Gửi bổ sung");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#file");
        browser.assertAccessible();
        Path text = Files.writeString(Files.createTempFile("ghi-chu", ".pdf"), "not a scan");
        browser.find("#file").sendKeys(text.toString());
        browser.press("Gửi bổ sung");
        assertThat(browser.find(".error-summary").getText()).contains("PDF, PNG hoặc JPG");

        Path pdf = Files.write(Files.createTempFile("giay-chung-sinh-ro", ".pdf"),
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        browser.find("#file").sendKeys(pdf.toString());
        browser.fill("note", "Bản chụp rõ hơn").press("Gửi bổ sung");
        assertThat(browser.mainText()).contains("Hồ sơ đã được bổ sung").doesNotContain("Cần bổ sung hồ sơ");
        browser.assertAccessible();

        JsonNode dossier = ApiClient.as(port, "sai-gon.reception").get("/api/v1/dossiers/" + code).json();
        assertThat(dossier.get("status").get("code").asInt()).isEqualTo(1);
        JsonNode last = dossier.get("history").get(dossier.get("history").size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("SUPPLEMENT");
        assertThat(last.get("attachments")).hasSize(1);
    }

    @Test
    void whoLookedAtMyDataShowsThePrefillRead(WebBrowser browser) {
        ApiClient.Response consent = ApiClient.as(port, KHANG).post("/api/v1/consents",
                Map.of("procedureCode", ApplyBrowserTests.BIRTH_REGISTRATION));
        assertThat(consent.status()).isEqualTo(201);
        logIn(browser, "/my/data-access", KHANG);
        browser.assertAccessible();
        fitsThePhone(browser);
        assertThat(browser.mainText()).contains("Ai đã xem dữ liệu của tôi", "Cơ sở dữ liệu quốc gia về dân cư",
                "điền sẵn tờ khai thủ tục " + ApplyBrowserTests.BIRTH_REGISTRATION);
    }
}
