package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.dossier.forms.RenderedPdf;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.DossierFixtures.maritalStatusAtDesk;

@BrowserTest
class StatusLookupBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theReceiptCodeShowsTheStatusWithoutPersonalData(WebBrowser browser) {
        // given a dossier of Nguyễn Thị Hằng received at the desk
        String code = ApiClient.as(port, "tan-dinh.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("tan-dinh", "tan-dinh", "079190004002")).json().get("code").asString();
        // when anyone types its code into the look-up form
        browser.open("/lookup").assertAccessible().fill("code", code).press("Tra cứu");
        // then they see its status as text and its progress, and nothing about the person
        assertThat(browser.path()).isEqualTo("/lookup?code=" + code);
        assertThat(browser.find("h1").getText()).isEqualTo("Hồ sơ " + code);
        assertThat(browser.find("strong.tag").getText()).isEqualTo("Đã tiếp nhận");
        assertThat(browser.mainText()).contains("Ngày hẹn trả kết quả", "0 / 4")
                .doesNotContain("Hằng", "079190004002", "0912345678", "Lê Lợi");
        browser.assertAccessible();
    }

    @Test
    void theReceiptsQrCodeOpensTheStatusPageWithoutLoggingIn(WebBrowser browser) throws Exception {
        // given a dossier received at the desk, and its receipt (form 01) as printed
        String code = ApiClient.as(port, "tan-dinh.reception").post("/api/v1/dossiers",
                maritalStatusAtDesk("tan-dinh", "tan-dinh", "079190004002")).json().get("code").asString();
        RenderedPdf receipt = new RenderedPdf(ApiClient.as(port, "tan-dinh.reception")
                .bytes("/api/v1/dossiers/" + code + "/forms/01"));
        // when someone scans its QR code with a browser that never logged in
        String scanned = receipt.qrCode(0, 300);
        assertThat(scanned).startsWith("http://localhost:" + port + "/");
        browser.driver().get(scanned);
        // then the public status page of that dossier, with nothing about the person
        assertThat(browser.path()).isEqualTo("/lookup?code=" + code);
        assertThat(browser.find("h1").getText()).isEqualTo("Hồ sơ " + code);
        assertThat(browser.find("strong.tag").getText()).isEqualTo("Đã tiếp nhận");
        assertThat(browser.mainText()).doesNotContain("Hằng", "079190004002", "0912345678", "Lê Lợi");
        browser.assertAccessible();
    }

    @Test
    void anEmptyOrMalformedCodeShowsTheErrorSummaryLinkedToTheField(WebBrowser browser) {
        browser.open("/lookup").press("Tra cứu");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#code");
        assertThat(browser.find(".error-summary a").getText()).isEqualTo("Nhập mã hồ sơ");
        assertThat(browser.find("#code-error").getText()).contains("Nhập mã hồ sơ");
        browser.assertAccessible();

        browser.fill("code", "not a code").press("Tra cứu");
        assertThat(browser.find(".error-summary a").getText()).startsWith("Nhập mã hồ sơ đúng như trên giấy tiếp nhận");
        assertThat(browser.find("#code").getAttribute("value")).isEqualTo("not a code");
    }

    @Test
    void anUnknownCodeIsAFriendlyNotFound(WebBrowser browser) {
        browser.open("/lookup?code=000.00.01.H29-990101-0002").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Không tìm thấy hồ sơ");
        assertThat(browser.mainText()).contains("000.00.01.H29-990101-0002").doesNotContain("dossier-not-found");
    }
}
