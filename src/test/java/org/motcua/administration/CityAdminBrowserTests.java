package org.motcua.administration;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city admin's pages in the browser: holidays and swaps, procedure versions and units, each with its bad inputs.
 * Uses dates in a far year, procedure codes and unit slugs of its own, and removes only what it added.
 */
@BrowserTest
class CityAdminBrowserTests {

    private static final String SOURCE = "catalog/procedures/1.000656.000.00.00.H29.yaml";

    @LocalServerPort
    int port;

    @Test
    void theCityAdminAddsAHolidayThatTheCalendarApiShowsThenRemovesIt(WebBrowser browser) {
        int year = ThreadLocalRandom.current().nextInt(2150, 2199);
        LocalDate monday = LocalDate.of(year, 3, 1).plusWeeks(ThreadLocalRandom.current().nextInt(0, 30))
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

        logIn(browser);
        browser.clickLink("Ngày nghỉ lễ và ngày làm bù").assertAccessible();
        assertThat(browser.find("#effect").getText()).contains("thời hạn được tính từ bây giờ");

        // an empty form: every field named in the summary
        browser.press("Thêm vào lịch");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getDomAttribute("href"))
                .containsExactly("#date", "#nameVi", "#nameEn");
        browser.assertAccessible();

        // a holiday on the Monday
        browser.fill("date", monday.toString()).fill("nameVi", "Ngày nghỉ thử nghiệm").fill("nameEn", "Test day off");
        browser.press("Thêm vào lịch");
        assertThat(browser.mainText()).contains("Đã thêm vào lịch.");
        assertThat(browser.find("tr[data-date='" + monday + "']").getText()).contains("Ngày nghỉ thử nghiệm",
                "Ngày nghỉ lễ, nghỉ bù");
        browser.assertAccessible();
        ApiClient.Response days = ApiClient.anonymous(port).get("/api/v1/calendar/days?year=" + year);
        assertThat(days.json().findValuesAsString("date")).contains(monday.toString());
        // and deadlines computed from now on skip it
        var workingDay = ApiClient.anonymous(port).get("/api/v1/calendar/working-day?date=" + monday).json();
        assertThat(workingDay.get("working").asBoolean()).isFalse();
        assertThat(workingDay.get("reason").asString()).isEqualTo("holiday");

        // the same date again is a duplicate; a swapped working day on a weekday is refused
        browser.fill("date", monday.toString()).fill("nameVi", "Lần hai").fill("nameEn", "Second");
        browser.press("Thêm vào lịch");
        assertThat(browser.find(".error-summary a").getDomAttribute("href")).isEqualTo("#date");
        assertThat(browser.find(".error-summary").getText()).contains("đã có trong lịch");
        browser.assertAccessible();
        LocalDate tuesday = monday.plusDays(1);
        browser.fill("date", tuesday.toString()).fill("nameVi", "Làm bù").fill("nameEn", "Swap");
        browser.find("#kind-working").click();
        browser.press("Thêm vào lịch");
        assertThat(browser.find(".error-summary a").getDomAttribute("href")).isEqualTo("#kind");
        assertThat(browser.find(".error-summary").getText()).contains("thứ Bảy hoặc Chủ nhật");
        assertThat(ApiClient.anonymous(port).get("/api/v1/calendar/days?year=" + year).json()
                .findValuesAsString("date")).doesNotContain(tuesday.toString());
        browser.fill("date", "31/12/2150");
        browser.press("Thêm vào lịch");
        assertThat(browser.find(".error-summary a").getDomAttribute("href")).isEqualTo("#date");

        // removing the holiday (only the one this test added)
        browser.open("/staff/admin/calendar?year=" + year);
        browser.follow("tr[data-date='" + monday + "'] button");
        assertThat(browser.mainText()).contains("Đã xóa khỏi lịch.");
        assertThat(browser.findAll("tr[data-date='" + monday + "']")).isEmpty();
        browser.assertAccessible();
        assertThat(ApiClient.anonymous(port).get("/api/v1/calendar/days?year=" + year).json()
                .findValuesAsString("date")).doesNotContain(monday.toString());
    }

    @Test
    void theCityAdminPublishesADraftVersionAndRetiresIt(WebBrowser browser) throws IOException {
        String national = "9." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String code = national + ".000.00.00.H29";

        logIn(browser);
        browser.clickLink("Phiên bản thủ tục hành chính").assertAccessible();
        assertThat(browser.find("tr[data-code='1.000656.000.00.00.H29']").getText()).contains("Đang áp dụng");

        // a draft with an error: the module's validation errors in the summary, the draft kept
        String broken = draft(code, national).replace("workingDays: 0\n  verificationWorkingDays", "workingDays: -3\n  verificationWorkingDays");
        paste(browser, broken);
        browser.press("Công bố");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary").getText()).contains("Bản nháp chưa hợp lệ", "timeLimit.workingDays");
        assertThat(browser.findAll(".error-summary a")).allSatisfy(a ->
                assertThat(a.getDomAttribute("href")).isEqualTo("#definition"));
        assertThat(browser.find("#definition").getDomProperty("value")).contains("workingDays: -3");
        browser.assertAccessible();
        assertThat(ApiClient.anonymous(port).get("/api/v1/procedures/" + code).status()).isEqualTo(404);

        // an empty draft
        paste(browser, "");
        browser.press("Công bố");
        assertThat(browser.find(".error-summary").getText()).contains("Dán bản nháp");

        // the corrected draft becomes version 1, in force
        paste(browser, draft(code, national));
        browser.press("Công bố");
        assertThat(browser.mainText()).contains("Đã công bố phiên bản 1 của thủ tục " + code + ".");
        String row = "tr[data-code='" + code + "'][data-version='1']";
        assertThat(browser.find(row).getText()).contains("Đang áp dụng", "city.admin");
        browser.assertAccessible();
        assertThat(ApiClient.anonymous(port).get("/api/v1/procedures/" + code).status()).isEqualTo(200);

        // retired: no version in force any more
        browser.follow(row + " button");
        assertThat(browser.mainText()).contains("Đã bãi bỏ phiên bản 1 của thủ tục " + code + ".");
        assertThat(browser.find(row).getText()).contains("Đã bãi bỏ");
        assertThat(browser.findAll(row + " button")).isEmpty();
        browser.assertAccessible();
        assertThat(ApiClient.anonymous(port).get("/api/v1/procedures/" + code).status()).isEqualTo(404);
    }

    @Test
    void theCityAdminFiltersCreatesAndDissolvesUnits(WebBrowser browser) {
        int n = ThreadLocalRandom.current().nextInt(1000, 9999);
        String slug = "so-thu-nghiem-" + n;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        logIn(browser);
        browser.clickLink("Đơn vị hành chính").assertAccessible();
        new org.openqa.selenium.support.ui.Select(browser.find("#type")).selectByValue("ward");
        browser.fill("q", "ben thanh").press("Lọc");
        assertThat(browser.findAll("#units tbody tr")).extracting(r -> r.getDomAttribute("data-slug"))
                .contains("ben-thanh").doesNotContain("sai-gon", "so-tu-phap");
        browser.assertAccessible();

        // a new unit: a used slug and a malformed agency code are refused
        browser.press("Thêm đơn vị").assertAccessible();
        // (a department, so that no count of the 168 ward-level units changes)
        browser.fill("slug", "ben-thanh").fill("name", "Sở Thử Nghiệm " + n).fill("nameEn", "Test Department " + n)
                .fill("agencyCode", "not a code");
        new org.openqa.selenium.support.ui.Select(browser.find("#type")).selectByValue("department");
        browser.press("Thêm đơn vị");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getDomAttribute("href"))
                .containsExactly("#slug", "#agencyCode");
        assertThat(browser.find("#name").getDomProperty("value")).isEqualTo("Sở Thử Nghiệm " + n);
        browser.assertAccessible();
        browser.fill("slug", slug).fill("agencyCode", "ZT." + n + "." + n + ".H29");
        browser.press("Thêm đơn vị");
        assertThat(browser.mainText()).contains("Đã thêm đơn vị.");
        assertThat(browser.find("tr[data-slug='" + slug + "']").getText()).contains("Sở Thử Nghiệm " + n);
        assertThat(ApiClient.anonymous(port).get("/api/v1/units/" + slug).json().get("type").asString())
                .isEqualTo("department");

        // dissolved into Bến Thành: no successor and a day before it started are refused first
        browser.follow("tr[data-slug='" + slug + "'] a[href$='/dissolve']").assertAccessible();
        browser.fill("effectiveTo", "2020-01-01");
        browser.press("Giải thể và sáp nhập");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getDomAttribute("href"))
                .containsExactly("#successor");
        new org.openqa.selenium.support.ui.Select(browser.find("#successor")).selectByValue("ben-thanh");
        browser.press("Giải thể và sáp nhập");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getDomAttribute("href"))
                .containsExactly("#effectiveTo");
        browser.assertAccessible();
        browser.fill("effectiveTo", today.plusDays(1).toString());
        new org.openqa.selenium.support.ui.Select(browser.find("#successor")).selectByValue("ben-thanh");
        browser.press("Giải thể và sáp nhập");
        assertThat(browser.mainText()).contains("Đã ghi nhận việc giải thể đơn vị.");
        browser.assertAccessible();
        var unit = ApiClient.anonymous(port).get("/api/v1/units/" + slug).json();
        assertThat(unit.get("successor").asString()).isEqualTo("ben-thanh");
        assertThat(unit.get("effectiveTo").asString()).isEqualTo(today.plusDays(1).toString());
    }

    private static String draft(String code, String national) throws IOException {
        try (InputStream in = CityAdminBrowserTests.class.getClassLoader().getResourceAsStream(SOURCE)) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return yaml.replace("\"1.000656.000.00.00.H29\"", "\"" + code + "\"")
                    .replace("\"1.000656\"", "\"" + national + "\"");
        }
    }

    private static void paste(WebBrowser browser, String yaml) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('definition').value = arguments[0]", yaml);
    }

    private static void logIn(WebBrowser browser) {
        browser.driver().manage().deleteAllCookies();
        browser.desktop().open("/staff/login").fill("username", "city.admin").fill("password", "demo")
                .press("Đăng nhập");
        assertThat(browser.path()).isEqualTo("/staff");
        browser.assertAccessible();
    }
}
