package org.motcua.feedback;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.feedback.FeedbackFixtures.NGUYEN_HUE_LAT;
import static org.motcua.feedback.FeedbackFixtures.NGUYEN_HUE_LON;
import static org.motcua.feedback.FeedbackFixtures.POTHOLE;
import static org.motcua.feedback.FeedbackFixtures.awaitAssigned;

/**
 * The feedback back-office in the browser, at a desktop's width: the ward's inbox, the report page and its actions,
 * the hotline entry and the city level, each state checked with axe-core.
 */
@BrowserTest
class FeedbackStaffBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aReportAtNguyenHueIsStartedAnsweredAndPublishedBySaiGon(WebBrowser browser) {
        // given two reports of the same kind at Nguyễn Huệ walking street, one with a photo and the reporter's phone
        long first = submitted("Đèn đường và mặt đá phố đi bộ Nguyễn Huệ bị vỡ, thử trang cán bộ", "0903111222",
                List.of(FeedbackFixtures.png()));
        long second = submitted("Mặt đường phố đi bộ Nguyễn Huệ lún, cạnh phản ánh trước", null, List.of());

        // the specialist of Phường Sài Gòn finds both in the unit's inbox, flagged as possible duplicates
        logIn(browser, "sai-gon.processor");
        browser.clickLink("Phản ánh, kiến nghị của đơn vị").assertAccessible();
        assertThat(browser.path()).isEqualTo("/staff/feedback");
        assertThat(openInboxPageWith(browser, "", first)).isTrue();
        String row = browser.find("tr[data-id='" + first + "']").getText();
        assertThat(row).contains("Đèn đường và mặt đá", "Hư hỏng mặt đường").containsPattern("Còn \\d+ (giờ|ngày)")
                .contains("Có thể trùng", "#" + second);
        assertThat(browser.find("#counts").getText()).containsPattern("Có \\d+ phản ánh, \\d+ phản ánh quá hạn");
        // the filters keep the choice and show only matching reports
        new Select(browser.driver().findElement(By.id("status"))).selectByValue("ASSIGNED");
        browser.press("Lọc").assertAccessible();
        assertThat(openInboxPageWith(browser, "status=ASSIGNED", first)).isTrue();
        browser.open("/staff/feedback?status=ANSWERED&category=giao-thong");
        assertThat(browser.findAll("tr[data-id='" + first + "']")).isEmpty();

        // the report page: details, location with a map link, the photo, the reporter's contact, the duplicate
        openInboxPageWith(browser, "", first);
        browser.follow("tr[data-id='" + first + "'] a").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Phản ánh số " + first);
        assertThat(browser.find("#details").getText()).contains("Hư hỏng mặt đường", "Phường Sài Gòn",
                "10.774300, 106.703800", "Cổng thông tin");
        assertThat(browser.find("#details a").getAttribute("href"))
                .startsWith("https://www.openstreetmap.org/?mlat=10.774300&mlon=106.703800");
        assertThat(browser.find("#contact").getText()).contains("0903111222");
        assertThat(browser.find("#photos img").getAttribute("alt")).isEqualTo("Ảnh 1 của người phản ánh");
        assertThat(browser.find("#duplicates").getText()).contains("Phản ánh số " + second);

        // starts handling it
        browser.press("Bắt đầu xử lý");
        assertThat(browser.mainText()).contains("Đã bắt đầu xử lý phản ánh.");
        assertThat(browser.find("#status").getText()).isEqualTo("Đang xử lý");
        browser.assertAccessible();

        // an empty answer is refused with the summary linked to the field
        browser.press("Gửi trả lời");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#answer-text");
        assertThat(browser.find("#answer-text-error").getText()).contains("Nhập nội dung trả lời");
        browser.assertAccessible();

        // answers it
        browser.fill("answer-text", "Phường đã thay đá lát và sửa đèn <b>ngày 28/11</b>.").press("Gửi trả lời");
        assertThat(browser.mainText()).contains("Đã gửi trả lời.");
        assertThat(browser.find("#status").getText()).isEqualTo("Đã trả lời");
        assertThat(browser.find("#answer").getText()).isEqualTo("Phường đã thay đá lát và sửa đèn <b>ngày 28/11</b>.");
        assertThat(browser.find("#history").getText()).contains("Tiếp nhận", "Bắt đầu xử lý", "Trả lời",
                "sai-gon.processor");
        browser.assertAccessible();

        // the public page shows the answer, not the reporter's phone
        browser.open("/feedback");
        assertThat(browser.find("#report-" + first).findElement(By.xpath("..")).getText())
                .contains("Phường đã thay đá lát và sửa đèn <b>ngày 28/11</b>.");
        assertThat(browser.mainText()).doesNotContain("0903111222");

        // the second report is not Sài Gòn's to fix: a transfer without a unit or reason is refused
        logIn(browser, "sai-gon.leader");
        browser.open("/staff/feedback/" + second).press("Chuyển phản ánh");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#transfer-toUnit"))
                .anySatisfy(h -> assertThat(h).endsWith("#transfer-reason"));
        browser.assertAccessible();
        new Select(browser.driver().findElement(By.id("transfer-toUnit"))).selectByValue("ben-thanh");
        browser.fill("transfer-reason", "Đoạn lún thuộc phía chợ Bến Thành").press("Chuyển phản ánh");
        assertThat(browser.mainText()).contains("Đã chuyển phản ánh cho đơn vị khác.", "Phường Bến Thành",
                "Đoạn lún thuộc phía chợ Bến Thành");
        browser.assertAccessible();

        // and Bến Thành has it in its inbox
        logIn(browser, "ben-thanh.processor");
        assertThat(openInboxPageWith(browser, "", second)).isTrue();
        assertThat(openInboxPageWith(browser, "", first)).isFalse();
    }

    @Test
    void theHotlineOperatorEntersACallAndSeesTheCityLevel(WebBrowser browser) {
        logIn(browser, "so-khoa-hoc-va-cong-nghe.reception");
        browser.clickLink("Nhập cuộc gọi đường dây nóng 1022").assertAccessible();

        // nothing entered: the summary names category, description and location
        browser.press("Ghi nhận phản ánh");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#category"))
                .anySatisfy(h -> assertThat(h).endsWith("#description"))
                .anySatisfy(h -> assertThat(h).endsWith("#ward"));
        browser.assertAccessible();

        // a call without coordinates: the ward picked from the list
        new Select(browser.driver().findElement(By.id("category"))).selectByValue(POTHOLE);
        browser.fill("description", "Người gọi báo ổ gà lớn trước cửa Tây chợ Bến Thành")
                .fill("address", "Cửa Tây chợ Bến Thành, đường Phan Chu Trinh");
        new Select(browser.driver().findElement(By.id("ward"))).selectByValue("ben-thanh");
        browser.fill("contactName", "Lê Văn Gọi").fill("contactPhone", "0912 345 678").press("Ghi nhận phản ánh");
        assertThat(browser.path()).startsWith("/staff/feedback/");
        assertThat(browser.mainText()).contains("Đã ghi nhận cuộc gọi.", "Đường dây nóng 1022",
                "Cửa Tây chợ Bến Thành, đường Phan Chu Trinh");
        assertThat(browser.find("#contact").getText()).contains("0912 345 678", "Lê Văn Gọi");
        assertThat(browser.find("#history").getText()).contains("so-khoa-hoc-va-cong-nghe.reception");
        browser.assertAccessible();
        long id = Long.parseLong(browser.path().replaceAll("^/staff/feedback/(\\d+).*$", "$1"));
        JsonNode routed = awaitUnit(id);
        assertThat(routed.get("unit").asString()).isEqualTo("ben-thanh");
        JsonNode detail = ApiClient.as(port, "ben-thanh.processor").get("/api/v1/feedback/reports/" + id).json();
        assertThat(detail.get("channel").asString()).isEqualTo("HOTLINE");
        assertThat(detail.get("operator").asString()).isEqualTo("so-khoa-hoc-va-cong-nghe.reception");

        // the city level: overdue reports across units and the ranking
        browser.open("/staff");
        browser.clickLink("Phản ánh quá hạn toàn thành phố").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Phản ánh quá hạn toàn thành phố");
        browser.open("/staff/feedback/ranking").assertAccessible();
        assertThat(browser.find("#cycle-range").getText()).contains("12:00 25/");
        browser.open("/staff/feedback/ranking?cycle=tháng-mười");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#cycle");
        browser.assertAccessible();
    }

    @Test
    void theCityAdministratorSeesTheRankingInEnglish(WebBrowser browser) {
        logIn(browser, "city.admin");
        browser.open("/staff?lang=en");
        assertThat(browser.mainText()).contains("Overdue feedback across the city", "Ranking of units");
        browser.clickLink("Ranking of units handling feedback").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Ranking of units by on-time handling of feedback");
        browser.open("/staff/feedback/city").assertAccessible();
        assertThat(browser.find("#counts").getText()).containsPattern("\\d+ unanswered reports");
        browser.open("/staff/feedback?lang=vi").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Phản ánh chờ đơn vị xử lý");
    }

    private long submitted(String description, String phone, List<byte[]> photos) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("category", POTHOLE,
                "description", description, "latitude", String.valueOf(NGUYEN_HUE_LAT),
                "longitude", String.valueOf(NGUYEN_HUE_LON)));
        if (phone != null) {
            fields.put("contactPhone", phone);
        }
        ApiClient.Response created = FeedbackFixtures.multipart(port, "/api/v1/feedback/public/reports", null,
                FeedbackFixtures.freshAddress(), fields, photos);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode view = awaitAssigned(port, created.json().get("followToken").asString(), Duration.ofSeconds(60));
        assertThat(view.get("report").get("unit").asString()).isEqualTo("sai-gon");
        return created.json().get("id").asLong();
    }

    private JsonNode awaitUnit(long id) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode report = ApiClient.anonymous(port).get("/api/v1/feedback/public/reports/" + id).json();
            if (!"RECEIVED".equals(report.get("status").asString()) || System.nanoTime() > end) {
                return report;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Opens the page of the unit's inbox that lists the report, if one does: the inbox shows the nearest deadline first,
     * 20 a page, and the shared test database holds other tests' reports of the same wards, so a new one may be on a
     * later page.
     */
    private boolean openInboxPageWith(WebBrowser browser, String query, long id) {
        for (int page = 1; page <= 100; page++) {
            browser.open("/staff/feedback?" + (query.isEmpty() ? "" : query + "&") + "page=" + page);
            if (!browser.findAll("tr[data-id='" + id + "']").isEmpty()) {
                return true;
            }
            if (browser.findAll("tr[data-id]").isEmpty()) {
                return false;
            }
        }
        return false;
    }

    private void logIn(WebBrowser browser, String user) {
        browser.driver().manage().deleteAllCookies();
        browser.desktop().open("/staff/login").fill("username", user).fill("password", "demo").press("Đăng nhập");
        assertThat(browser.path()).as("login of " + user).isEqualTo("/staff");
    }
}
