package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.dossier.forms.RenderedPdf;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counter intake in the browser at a desktop's width: the desk of Phường Bến Thành takes in a walk-in applicant's
 * dossier for a certificate decided by Phường Sài Gòn — procedure search, channel and competent unit, the person
 * looked up in the population registry, the form, a scan, check, receive — prints the receipt, and the dossier then
 * follows the process into Sài Gòn's inboxes. Every page state is checked with axe-core.
 */
@BrowserTest
class CounterIntakeBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aWalkInDossierForAnotherWardIsReceivedPrintedAndReachesThatWardsInboxes(WebBrowser browser) throws Exception {
        // the desk finds the procedure from the staff home, without diacritics
        logIn(browser, "ben-thanh.reception");
        browser.clickLink("Tiếp nhận hồ sơ trực tiếp").assertAccessible();
        browser.fill("q", "xac nhan tinh trang hon nhan").press("Tìm");
        browser.assertAccessible();
        browser.follow("li[data-code='" + DossierFixtures.MARITAL_STATUS + "'] a");

        // channel and competent unit: nothing chosen is refused with the summary linked to the field
        browser.assertAccessible();
        browser.press("Tiếp tục");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#channel");
        browser.assertAccessible();
        browser.find("label[for='channel']").click();
        new Select(browser.find("#competentUnit")).selectByValue("sai-gon");
        browser.press("Tiếp tục");

        // the applicant from the population registry, shown with its source
        assertThat(browser.path()).endsWith("/applicant");
        browser.assertAccessible();
        browser.fill("personalId", CounterIntakeFixtures.KHANG).press("Tra cứu");
        assertThat(browser.mainText()).contains("Đã tìm thấy trong population (demo data)");
        assertThat(browser.find("#fullName").getAttribute("value")).isEqualTo("Trần Minh Khang");
        browser.assertAccessible();
        browser.fill("phone", "0901234567").press("Tiếp tục");

        // the form from the procedure's JSON Schema, several questions on the page
        assertThat(browser.path()).endsWith("/form");
        browser.assertAccessible();
        browser.press("Tiếp tục");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#currentStatus"))
                .anySatisfy(h -> assertThat(h).endsWith("#purpose"));
        browser.assertAccessible();
        browser.find("label[for='currentStatus']").click();
        browser.find("label[for='purpose']").click();
        browser.press("Tiếp tục");

        // a scan of a component
        assertThat(browser.path()).endsWith("/uploads");
        browser.assertAccessible();
        Path scan = Files.createTempFile("giay-xac-nhan-cu", ".pdf");
        Files.write(scan, DossierFixtures.pdf("giay xac nhan cu"));
        browser.driver().findElement(By.id("previous-certificate")).sendKeys(scan.toAbsolutePath().toString());
        browser.press("Tiếp tục");

        // check, then receive
        assertThat(browser.path()).endsWith("/check");
        assertThat(browser.mainText()).contains("Trần Minh Khang", "Phường Sài Gòn", "Phường Bến Thành",
                "Từ population (demo data), cán bộ đã đối chiếu", scan.getFileName().toString());
        browser.assertAccessible();
        browser.press("Tiếp nhận hồ sơ");
        assertThat(browser.path()).startsWith("/staff/intake/done/");
        String code = browser.find("#dossier-code").getText();
        assertThat(browser.mainText()).contains("Đã tiếp nhận", "Ngày hẹn trả kết quả", "Phường Sài Gòn");
        browser.assertAccessible();

        // the receipt (form 01) opens and carries the code
        byte[] receipt = download(browser, browser.find("#receipt").getAttribute("href"));
        assertThat(new RenderedPdf(receipt).text()).contains(code);

        // the desk hands it on; it waits for Sài Gòn's specialist, then its leader
        browser.clickLink("Mở trang hồ sơ").assertAccessible();
        assertThat(browser.mainText()).contains("Trần Minh Khang", "Tệp");
        browser.press("Hoàn thành và chuyển tiếp");
        assertThat(browser.mainText()).contains("Đã hoàn thành bước và chuyển hồ sơ.");
        logIn(browser, "sai-gon.leader");
        browser.open("/staff/inbox");
        assertThat(browser.findAll("tr[data-code='" + code + "']")).isEmpty();
        logIn(browser, "sai-gon.processor");
        browser.open("/staff/inbox");
        browser.follow("tr[data-code='" + code + "'] a");
        browser.press("Hoàn thành và chuyển tiếp");
        logIn(browser, "sai-gon.leader");
        browser.open("/staff/inbox");
        assertThat(browser.findAll("tr[data-code='" + code + "']")).hasSize(1);
        browser.assertAccessible();
        Files.deleteIfExists(scan);
    }

    @Test
    void anOfficialWhoIsNotAtADeskHasNoLinkAndGetsThe403Page(WebBrowser browser) {
        logIn(browser, "sai-gon.processor");
        assertThat(browser.findAll("a[href='/staff/intake']")).isEmpty();
        browser.open("/staff/intake");
        assertThat(browser.find("h1").getText()).isEqualTo("Bạn không thể tiếp nhận hồ sơ");
        browser.assertAccessible();
    }

    private void logIn(WebBrowser browser, String user) {
        browser.driver().manage().deleteAllCookies();
        browser.desktop().open("/staff/login").fill("username", user).fill("password", "demo").press("Đăng nhập");
        assertThat(browser.path()).as("login of " + user).isEqualTo("/staff");
    }

    /** What the link gives to this browser's session (chromium shows PDFs in a viewer Selenium cannot read). */
    private static byte[] download(WebBrowser browser, String href) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return response.body();
    }
}
