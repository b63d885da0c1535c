package org.motcua.monitoring;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The staff dashboards in the browser, at a desktop's width: the city administrator's numbers for fixture dossiers of
 * a ward no other test works in (compared as differences, so what the shared database held before does not matter),
 * the drill-down to a dossier, the downloads, a ward leader limited to their ward, the thresholds form.
 */
@BrowserTest
class DashboardBrowserTests {

    /** Only this class writes dossiers to these wards. */
    private static final String WARD = "xom-chieu";
    private static final String LEADERS_WARD = "cho-quan";

    @LocalServerPort
    int port;

    @Test
    void theCityAdministratorSeesTheFixtureDossiersInTheNumbersAndDrillsDownToOne(WebBrowser browser)
            throws Exception {
        MonitoringFixtures f = new MonitoringFixtures(port);
        String month = MonitoringFixtures.thisMonth();
        logIn(browser, "city.admin");
        browser.open("/staff/dashboard/units/" + WARD + "?period=" + month).assertAccessible();
        Map<String, Long> before = counts(browser);

        // given three dossiers of the ward: one finished on time, one with a supplement round, one paid online
        String finished = f.maritalStatus(WARD, personalId());
        f.finishAndReturn(WARD, finished);
        String supplemented = f.maritalStatus(WARD, personalId());
        f.supplementRequestedAndProvided(WARD, supplemented);
        String paid = f.certifiedCopy(WARD, personalId());
        f.payOnline(WARD, paid);
        long received = before.get("received") + 3;
        long onTime = before.get("finishedOnTime") + before.get("inProgressOnTime") + 3;
        long decided = onTime + before.get("finishedLate") + before.get("inProgressOverdue");

        // when the city administrator opens the city dashboard for this month
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            browser.open("/staff/dashboard/city?period=" + month);
            assertThat(browser.findAll("#ranking tr[data-key='" + WARD + "'] td[data-received]"))
                    .extracting(WebElement::getText).containsExactly(Long.toString(received));
        });
        browser.assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Bảng điều hành chất lượng phục vụ của Thành phố");
        assertThat(browser.find("#period option[selected]").getText()).isEqualTo(month);
        assertThat(browser.find("#ranking tr[data-key='" + WARD + "']").getText())
                .contains("Phường Xóm Chiếu", "(" + onTime + " ÷ " + decided + ")");
        assertThat(browser.findAll("svg[role='img'] title")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.find("#index-total").getText()).contains("/ 100");

        // then the ranking downloads as CSV and XLSX with the ward's count
        HttpResponse<byte[]> csv = fetch(browser, href(browser, "table=ranking", "csv"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csvCell(new String(csv.body(), StandardCharsets.UTF_8), WARD, "received"))
                .isEqualTo(Long.toString(received));
        HttpResponse<byte[]> xlsx = fetch(browser, href(browser, "table=ranking", "xlsx"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsxCell(xlsx.body(), WARD, "received")).isEqualTo((double) received);

        // and the ward's page shows the counts moved by exactly the fixture dossiers, with the counts behind rates
        browser.follow("#ranking tr[data-key='" + WARD + "'] a").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Bảng điều hành: Phường Xóm Chiếu");
        Map<String, Long> after = counts(browser);
        Map<String, Long> expected = new LinkedHashMap<>(before);
        expected.merge("received", 3L, Long::sum);
        expected.merge("finishedOnTime", 1L, Long::sum);
        expected.merge("inProgressOnTime", 2L, Long::sum);
        assertThat(after).isEqualTo(expected);
        assertThat(browser.find("#indicators tr[data-key='onTimeRate']").getText())
                .contains(onTime + " ÷ " + decided);
        assertThat(browser.find("#trend tr[data-month='" + month + "']").getText()).endsWith(" " + received);
        assertThat(browser.find("#rank").getText()).startsWith("Xếp hạng ");

        // drill down: the procedure, the dossiers received, the staff dossier page
        browser.follow("#procedures tr[data-key='" + MonitoringFixtures.CERTIFIED_COPY + "'] a").assertAccessible();
        assertThat(browser.mainText()).contains(MonitoringFixtures.CERTIFIED_COPY);
        browser.follow("#indicators tr[data-key='received'] a").assertAccessible();
        assertThat(browser.findAll("#dossiers tr[data-code='" + paid + "']")).hasSize(1);
        assertThat(browser.findAll("#dossiers tr[data-code='" + finished + "']")).isEmpty();
        assertThat(browser.find("#dossiers tr[data-code='" + paid + "']").getText()).contains("Thanh toán trực tuyến");
        HttpResponse<byte[]> dossiers = fetch(browser, href(browser, "table=dossiers", "csv"));
        assertThat(new String(dossiers.body(), StandardCharsets.UTF_8)).contains(paid).doesNotContain(finished);
        browser.follow("#dossiers tr[data-code='" + paid + "'] a").assertAccessible();
        assertThat(browser.path()).isEqualTo("/staff/dossiers/" + paid);
        assertThat(browser.find("h1").getText()).isEqualTo(paid);

        // the dossiers finished on time, from the ward's page
        browser.open("/staff/dashboard/units/" + WARD + "?period=" + month)
                .follow("#indicators tr[data-key='finishedOnTime'] a").assertAccessible();
        assertThat(browser.findAll("#dossiers tr[data-code='" + finished + "']")).hasSize(1);
        assertThat(browser.findAll("#dossiers tr[data-code='" + supplemented + "']")).isEmpty();
    }

    @Test
    void aWardLeaderSeesOnlyTheirWardAndReportsOnTheirTask(WebBrowser browser) throws Exception {
        // given a plan of the city with a task of the ward, due yesterday
        String code = "KH-" + ThreadLocalRandom.current().nextInt(1_000_000) + "/BĐ";
        ApiClient.Response plan = ApiClient.as(port, "city.admin").post("/api/v1/directives", Map.of("code", code,
                "title", "Kế hoạch cải cách hành chính", "tasks", List.of(Map.of("title", "Niêm yết thủ tục mới",
                        "unit", LEADERS_WARD, "dueOn", LocalDate.now().minusDays(1).toString()))));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        long task = plan.json().get("taskList").get(0).get("id").asLong();

        // the ward leader finds their dashboard on the staff home
        logIn(browser, LEADERS_WARD + ".leader");
        browser.clickLink("Bảng điều hành chất lượng phục vụ").assertAccessible();
        assertThat(browser.path()).startsWith("/staff/dashboard/units/" + LEADERS_WARD);
        assertThat(browser.find("h1").getText()).isEqualTo("Bảng điều hành: Phường Chợ Quán");
        assertThat(browser.find("p[data-plan='" + code + "']").getText()).contains("0/1 nhiệm vụ hoàn thành",
                "1 nhiệm vụ quá hạn");
        assertThat(browser.find("tr[data-task='" + task + "']").getAttribute("class")).contains("row--overdue");
        assertThat(browser.find("tr[data-task='" + task + "']").getText()).contains("Quá hạn");

        // a report without anything is refused with the summary linked to the fields
        browser.fill("progress-" + task, "").press("Gửi báo cáo");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#progress-" + task))
                .anySatisfy(h -> assertThat(h).endsWith("#note-" + task));
        browser.assertAccessible();
        browser.fill("progress-" + task, "100").fill("note-" + task, "Đã niêm yết tại bộ phận một cửa")
                .press("Gửi báo cáo");
        assertThat(browser.mainText()).contains("Đã ghi nhận báo cáo tiến độ.");
        assertThat(browser.find("p[data-plan='" + code + "']").getText()).contains("1/1 nhiệm vụ hoàn thành");
        assertThat(browser.find("tr[data-task='" + task + "']").getText()).contains("Hoàn thành trễ hạn");
        browser.assertAccessible();

        // a period that is not one is explained on the picker
        browser.open("/staff/dashboard/units/" + LEADERS_WARD + "?period=2026-13");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#period");
        browser.assertAccessible();

        // another unit's dashboard, the city's and their downloads do not exist for them
        for (String path : List.of("/staff/dashboard/units/khanh-hoi", "/staff/dashboard/city",
                "/staff/dashboard/thresholds", "/staff/dashboard/units/khanh-hoi/procedures/"
                        + MonitoringFixtures.MARITAL_STATUS)) {
            browser.open(path);
            assertThat(browser.find("h1").getText()).as(path).isEqualTo("Không tìm thấy trang");
        }
        browser.assertAccessible();
        String month = MonitoringFixtures.thisMonth();
        assertThat(fetch(browser, "http://localhost:" + port + "/staff/dashboard/export?table=indicators&unit=khanh-hoi"
                + "&period=" + month + "&format=csv").statusCode()).isEqualTo(404);
        assertThat(fetch(browser, "http://localhost:" + port + "/staff/dashboard/dossiers?unit=khanh-hoi&period="
                + month).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> own = fetch(browser, "http://localhost:" + port + "/staff/dashboard/export?"
                + "table=directives&unit=" + LEADERS_WARD + "&period=" + month + "&format=csv");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(new String(own.body(), StandardCharsets.UTF_8)).contains(code, "Niêm yết thủ tục mới");

        // a department's leader has the same page for the department, ranked among departments, without green units
        logIn(browser, "so-tu-phap.leader");
        browser.clickLink("Bảng điều hành chất lượng phục vụ").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Bảng điều hành: Sở Tư pháp");
        assertThat(browser.find("#rank").getText()).satisfiesAnyOf(
                text -> assertThat(text).contains("sở, ngành có hồ sơ trong kỳ"),
                text -> assertThat(text).isEqualTo("Chưa xếp hạng (chưa có hồ sơ trong kỳ)"));
        assertThat(browser.findAll("#green-heading")).isEmpty();
        browser.open("/staff/dashboard/units/" + LEADERS_WARD);
        assertThat(browser.find("h1").getText()).isEqualTo("Không tìm thấy trang");

        // the city's leaders see the city dashboard, without the dossiers (those are for the administrator and auditor)
        logIn(browser, "city.leader");
        browser.clickLink("Bảng điều hành chất lượng phục vụ").assertAccessible();
        assertThat(browser.path()).startsWith("/staff/dashboard/city");
        assertThat(browser.findAll("#indicators a")).isEmpty();
        assertThat(browser.findAll("a[href*='/staff/dashboard/thresholds']")).isEmpty();
    }

    @Test
    void theThresholdsFormRejectsBadInputAndSavesANewVersion(WebBrowser browser) {
        logIn(browser, "city.admin");
        browser.open("/staff/dashboard/thresholds").assertAccessible();
        clearAll(browser);

        // nothing set at all
        browser.press("Lưu phiên bản mới");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary").getText()).contains("Đặt ít nhất một tiêu chí");
        browser.assertAccessible();

        // not a number
        browser.fill("min-onTimeRate", "nhiều").press("Lưu phiên bản mới");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#min-onTimeRate");
        assertThat(browser.find("#min-onTimeRate-error").getText()).contains("Nhập một số");
        assertThat(browser.find("#min-onTimeRate").getAttribute("value")).isEqualTo("nhiều");
        browser.assertAccessible();

        // a minimum above the maximum, and a rate above 100 %
        browser.fill("min-onTimeRate", "150").fill("min-index", "90").fill("max-index", "50")
                .press("Lưu phiên bản mới");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#min-index"))
                .anySatisfy(h -> assertThat(h).endsWith("#min-onTimeRate"));
        assertThat(browser.find("#min-index-error").getText()).contains("Tối thiểu lớn hơn tối đa");
        assertThat(browser.find("#min-onTimeRate-error").getText()).contains("0 đến 100 %");
        browser.assertAccessible();

        // a good version is saved, and the city dashboard says by how much the ward misses it
        clearAll(browser);
        browser.fill("min-received", "1000").fill("max-lateRate", "12,5").fill("reason", "Thử nghiệm")
                .press("Lưu phiên bản mới");
        assertThat(browser.title()).doesNotStartWith("Lỗi: ");
        assertThat(browser.mainText()).containsPattern("Đã lưu tiêu chí phiên bản \\d+\\.");
        assertThat(browser.find("#min-received").getAttribute("value")).isEqualTo("1000");
        assertThat(browser.find("#max-lateRate").getAttribute("value")).isEqualTo("12.5");
        browser.assertAccessible();

        String month = MonitoringFixtures.thisMonth();
        browser.open("/staff/dashboard/units/" + WARD + "?period=" + month);
        long received = Long.parseLong(browser.find("#indicators tr[data-key='received'] td[data-value]").getText());
        browser.open("/staff/dashboard/city?period=" + month).assertAccessible();
        assertThat(browser.find("#green-summary").getText()).containsPattern("\\d+/\\d+");
        assertThat(browser.find("#green-failing tr[data-unit='" + WARD + "']").getText())
                .contains("Hồ sơ tiếp nhận", "≥ 1000", " " + (1000 - received));
    }

    private static void clearAll(WebBrowser browser) {
        for (WebElement input : browser.findAll("#criteria input")) {
            input.clear();
        }
    }

    private static Map<String, Long> counts(WebBrowser browser) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : List.of("received", "finishedOnTime", "finishedLate", "inProgressOnTime",
                "inProgressOverdue", "withdrawn")) {
            counts.put(key, Long.parseLong(browser.find("#indicators tr[data-key='" + key + "'] td[data-value]")
                    .getText()));
        }
        return counts;
    }

    private static String personalId() {
        return "0791" + (10_000_000 + ThreadLocalRandom.current().nextInt(80_000_000));
    }

    private void logIn(WebBrowser browser, String user) {
        browser.driver().manage().deleteAllCookies();
        browser.desktop().open("/staff/login").fill("username", user).fill("password", "demo").press("Đăng nhập");
        assertThat(browser.path()).as("login of " + user).isEqualTo("/staff");
    }

    private static String href(WebBrowser browser, String table, String format) {
        return browser.find("a[href*='" + table + "'][href$='format=" + format + "']").getAttribute("href");
    }

    /** A GET with the browser's session cookie (downloads are not followed by headless chromium). */
    private static HttpResponse<byte[]> fetch(WebBrowser browser, String url) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : browser.driver().manage().getCookies()) {
            cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies.toString()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String csvCell(String csv, String key, String column) {
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        int index = Arrays.asList(lines[0].split(",")).indexOf(column);
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals(key)) {
                return cells[index];
            }
        }
        throw new AssertionError("no row " + key);
    }

    private static double xlsxCell(byte[] body, String key, String column) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            int index = -1;
            for (int i = 0; i < sheet.getRow(0).getLastCellNum(); i++) {
                if (sheet.getRow(0).getCell(i).getStringCellValue().equals(column)) {
                    index = i;
                }
            }
            for (Row row : sheet) {
                if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
                    return row.getCell(index).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("no row " + key);
    }
}
