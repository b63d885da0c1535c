package org.motcua.monitoring.web;

import org.junit.jupiter.api.Test;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/** The public transparency page: each unit's index for a period, without logging in. */
@BrowserTest
class TransparencyPageBrowserTests {

    @Test
    void showsEachUnitsIndexForThePeriodAskedFor(WebBrowser browser) {
        browser.open("/service-quality").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Chỉ số phục vụ người dân, doanh nghiệp");
        browser.fill("period", "2026").press("Xem").assertAccessible();
        assertThat(browser.path()).contains("period=2026");
        assertThat(browser.mainText()).satisfiesAnyOf(
                text -> assertThat(text).contains("Điểm của các đơn vị, kỳ 2026"),
                text -> assertThat(text).contains("Chưa có hồ sơ nào trong kỳ này."));
    }

    @Test
    void aPeriodThatIsNotOneShowsTheErrorSummaryLinkedToTheField(WebBrowser browser) {
        browser.open("/service-quality").fill("period", "2026-13").press("Xem");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#period");
        assertThat(browser.mainText()).contains("Nhập tháng (2026-11), quý (2026-Q4) hoặc năm (2026)");
        browser.assertAccessible();
    }
}
