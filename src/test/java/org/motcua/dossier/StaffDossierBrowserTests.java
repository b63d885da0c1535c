package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff back-office in the browser, at a desktop's width: log in, the inbox, the dossier page and its actions,
 * each state checked with axe-core. Each test uses wards no other test works in, so their inboxes hold only its own
 * dossiers.
 */
@BrowserTest
class StaffDossierBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theWardStaffProcessAnOnlineDossierStepByStepThroughTheirInboxes(WebBrowser browser) {
        String code = submittedOnline("hiep-binh");

        // the desk finds it in its inbox, opens it and receives it
        logIn(browser, "hiep-binh.reception");
        browser.clickLink("Hồ sơ chờ xử lý").assertAccessible();
        assertThat(browser.find("tr[data-code='" + code + "']").getText()).contains("Nguyễn Thị Hằng")
                .containsPattern("Còn \\d+ (giờ|ngày)");
        browser.clickLink(code).assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo(code);
        assertThat(browser.mainText()).contains("Mới đăng ký", "Nguyễn Thị Hằng", "Tình trạng hôn nhân hiện tại",
                "Chưa kết hôn");
        browser.press("Tiếp nhận");
        assertThat(browser.mainText()).contains("Đã tiếp nhận hồ sơ.", "Đã tiếp nhận");
        browser.assertAccessible();
        // the receipt (form 01) is now offered for printing
        assertThat(browser.find("a[href$='/forms/01']").getText()).startsWith("Mẫu 01");
        browser.press("Hoàn thành và chuyển tiếp");
        assertThat(browser.mainText()).contains("Đã hoàn thành bước và chuyển hồ sơ.", "Đang xử lý");

        // the specialist, then the leader, then the clerk: each from their own inbox
        for (String user : List.of("hiep-binh.processor", "hiep-binh.leader", "hiep-binh.clerk")) {
            logIn(browser, user);
            browser.open("/staff/inbox");
            browser.follow("tr[data-code='" + code + "'] a");
            browser.assertAccessible();
            browser.fill("FORWARD-note", "Đã xem – " + user);
            browser.press("Hoàn thành và chuyển tiếp");
            assertThat(browser.mainText()).as(user).contains("Đã hoàn thành bước và chuyển hồ sơ.");
        }
        assertThat(browser.mainText()).contains("Đã xử lý xong");
        browser.assertAccessible();

        // the clerk hands the result over
        browser.press("Đã trả kết quả");
        assertThat(browser.mainText()).contains("Đã trả kết quả.");
        assertThat(browser.find("#history").getText()).contains("Nộp hồ sơ", "Tiếp nhận", "Chuyển bước",
                "Trả kết quả", "Đã xem – hiep-binh.leader");
        assertThat(browser.findAll("#history tbody tr")).hasSize(7);
        assertThat(browser.find("#actions + p").getText()).contains("không có thao tác");
        browser.assertAccessible();
        assertThat(new ApiClientView(port).status("hiep-binh.clerk", code)).isEqualTo(10);
    }

    @Test
    void aSupplementRoundTripFromTheStaffSide(WebBrowser browser) throws Exception {
        String code = atProcessor("tam-binh");

        // the specialist asks for a supplement; an empty form is refused with the summary linked to the fields
        logIn(browser, "tam-binh.processor");
        browser.open("/staff/dossiers/" + code).press("Gửi yêu cầu bổ sung");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#REQUEST_SUPPLEMENT-missing"))
                .anySatisfy(h -> assertThat(h).endsWith("#REQUEST_SUPPLEMENT-reason"));
        browser.assertAccessible();
        browser.fill("REQUEST_SUPPLEMENT-missing", "Trích lục ghi chú ly hôn\nBản sao giấy khai sinh")
                .fill("REQUEST_SUPPLEMENT-reason", "Thiếu giấy tờ về tình trạng hôn nhân trước đây")
                .press("Gửi yêu cầu bổ sung");
        assertThat(browser.mainText()).contains("Đã gửi yêu cầu bổ sung.", "Yêu cầu bổ sung",
                "Trích lục ghi chú ly hôn; Bản sao giấy khai sinh");
        assertThat(browser.find("a[href$='/forms/02']").getText()).startsWith("Mẫu 02");
        browser.assertAccessible();

        // the applicant brings the papers to the desk: without a scan the desk is told to attach one
        logIn(browser, "tam-binh.reception");
        browser.open("/staff/dossiers/" + code).press("Ghi nhận bổ sung");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#SUPPLEMENT-file");
        browser.assertAccessible();
        Path scan = Files.createTempFile("bo-sung", ".pdf");
        Files.write(scan, DossierFixtures.pdf("bo sung " + code));
        browser.driver().findElement(By.id("SUPPLEMENT-file")).sendKeys(scan.toAbsolutePath().toString());
        browser.fill("SUPPLEMENT-note", "Người nộp mang đến quầy").press("Ghi nhận bổ sung");
        assertThat(browser.mainText()).contains("Đã ghi nhận hồ sơ bổ sung.", "Đang xử lý", "Tệp kèm theo thao tác");
        browser.assertAccessible();

        // and the dossier is back in the specialist's inbox
        logIn(browser, "tam-binh.processor");
        browser.open("/staff/inbox");
        assertThat(browser.findAll("tr[data-code='" + code + "']")).hasSize(1);
        Files.deleteIfExists(scan);
    }

    @Test
    void anActionTheDossierNoLongerAllowsIsExplainedOnThePage(WebBrowser browser) {
        String code = submittedOnline("thu-duc");
        logIn(browser, "thu-duc.reception");
        browser.open("/staff/dossiers/" + code);
        // meanwhile a colleague at the desk receives it through the API
        ApiClient.Response received = ApiClient.as(port, "thu-duc.reception")
                .post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "RECEIVE"));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);

        browser.press("Tiếp nhận");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary").getText()).contains("trạng thái hiện tại");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#action-RECEIVE");
        assertThat(browser.mainText()).doesNotContain("Exception", "problem");
        browser.assertAccessible();
    }

    @Test
    void theInboxFiltersAndRefusesAnUnknownStatus(WebBrowser browser) {
        String code = submittedOnline("linh-xuan");
        logIn(browser, "linh-xuan.reception");
        browser.open("/staff/inbox?status=1&overdue=true");
        assertThat(browser.findAll("tr[data-code='" + code + "']")).isEmpty();
        assertThat(browser.find("#overdue").isSelected()).isTrue();
        browser.assertAccessible();
        browser.open("/staff/inbox?status=1&procedure=" + DossierFixtures.MARITAL_STATUS);
        assertThat(browser.findAll("tr[data-code='" + code + "']")).hasSize(1);
        browser.open("/staff/inbox?status=99");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#status");
        browser.assertAccessible();
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryAndStaffPagesNeedALogin(WebBrowser browser) {
        browser.desktop().open("/staff/inbox");
        assertThat(browser.path()).startsWith("/staff/login");
        browser.assertAccessible();
        browser.fill("username", "hiep-binh.reception").fill("password", "wrong").press("Đăng nhập");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#username");
        browser.assertAccessible();
    }

    private void logIn(WebBrowser browser, String user) {
        browser.driver().manage().deleteAllCookies();
        browser.desktop().open("/staff/login").fill("username", user).fill("password", "demo").press("Đăng nhập");
        assertThat(browser.path()).as("login of " + user).isEqualTo("/staff");
        browser.assertAccessible();
    }

    /** An online submission of a random citizen to the ward, waiting for its desk (status 1). */
    private String submittedOnline(String ward) {
        String personalId = "0791" + (10_000_000 + ThreadLocalRandom.current().nextInt(80_000_000));
        ApiClient.Response created = ApiClient.as(port, personalId).post("/api/v1/dossiers", DossierFixtures.with(
                DossierFixtures.maritalStatusAtDesk(ward, ward, personalId), "channel", "ONLINE"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("code").asString();
    }

    /** A walk-in dossier the desk took in and handed to the ward's specialist. */
    private String atProcessor(String ward) {
        String personalId = "0791" + (10_000_000 + ThreadLocalRandom.current().nextInt(80_000_000));
        ApiClient desk = ApiClient.as(port, ward + ".reception");
        ApiClient.Response created = desk.post("/api/v1/dossiers",
                DossierFixtures.maritalStatusAtDesk(ward, ward, personalId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String code = created.json().get("code").asString();
        ApiClient.Response forwarded = ApiClient.as(port, ward + ".reception")
                .post("/api/v1/dossiers/" + code + "/actions", Map.of("action", "FORWARD"));
        assertThat(forwarded.status()).as(forwarded.toString()).isEqualTo(200);
        return code;
    }

    /** The dossier's status code as the API reports it. */
    private record ApiClientView(int port) {
        int status(String user, String code) {
            return ApiClient.as(port, user).get("/api/v1/dossiers/" + code).json().get("status").get("code").asInt();
        }
    }
}
