package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class CatalogPagesBrowserTests {

    private static final String BIRTH = "1.001193.000.00.00.H29";

    @Test
    void homeExplainsTheTwoTiersAndOffersSearchAndBrowsing(WebBrowser browser) {
        // when a citizen opens the portal
        browser.open("/").assertAccessible();
        // then it is in Vietnamese, with the two tiers explained and both ways to browse
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.find("h1").getText()).isEqualTo("Dịch vụ công trực tuyến");
        assertThat(browser.mainText()).contains("hai cấp chính quyền", "Theo sự kiện trong đời", "Sinh con",
                "Theo lĩnh vực", "Hộ tịch");
        assertThat(browser.find("a.skip-link").getAttribute("href")).endsWith("#main");
    }

    @Test
    void searchIgnoresDiacritics(WebBrowser browser) {
        // when the citizen searches without accents
        browser.open("/").fill("q", "dang ky khai sinh").press("Tìm kiếm");
        // then birth registration is found
        assertThat(browser.path()).startsWith("/procedures?q=");
        browser.assertAccessible();
        assertThat(browser.findAll("main ul.link-list a")).anyMatch(a -> a.getText().equals("Thủ tục đăng ký khai sinh"));
    }

    @Test
    void browsingByLifeEventListsOnlyItsProcedures(WebBrowser browser) {
        browser.open("/").clickLink("Sinh con");
        assertThat(browser.path()).isEqualTo("/procedures?event=birth");
        assertThat(browser.mainText()).contains("Trong nhóm: Sinh con", "Thủ tục đăng ký khai sinh")
                .doesNotContain("Đăng ký kết hôn");
        browser.assertAccessible();
    }

    @Test
    void aSearchWithoutResultsSaysSo(WebBrowser browser) {
        browser.open("/procedures?q=zzzqqq");
        assertThat(browser.mainText()).contains("Tìm thấy 0 thủ tục", "Không có thủ tục nào phù hợp");
    }

    @Test
    void procedurePageShowsWhatItTakesAndStartsTheApplication(WebBrowser browser) {
        // when the citizen opens birth registration
        browser.open("/procedures/" + BIRTH).assertAccessible();
        // then the page says who decides, how long, what it costs, what is read and what is uploaded
        assertThat(browser.find("h1").getText()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(browser.mainText()).contains("Cơ quan quyết định", "Trong ngày", "Toàn trình",
                "Phí cấp bản sao Giấy khai sinh: 8.000 đồng", "Cơ sở dữ liệu quốc gia về dân cư",
                "Giấy chứng sinh");
        // and "Start now" leads to the application
        assertThat(browser.find("a.button--start").getAttribute("href")).endsWith("/apply/" + BIRTH);
    }

    @Test
    void languageSwitchWorksWithoutJavaScriptAndIsRemembered(WebBrowser browser) {
        browser.open("/procedures/" + BIRTH).clickLink("English");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find("h1").getText()).isEqualTo("Birth registration");
        assertThat(browser.mainText()).contains("Who decides", "Start now");
        browser.assertAccessible();
        // the next page without ?lang stays in English
        browser.open("/");
        assertThat(browser.find("h1").getText()).isEqualTo("Public services online");
        browser.open("/?lang=vi");
        assertThat(browser.find("h1").getText()).isEqualTo("Dịch vụ công trực tuyến");
    }

    @Test
    void anUnknownProcedureShowsTheFriendlyNotFoundPage(WebBrowser browser) {
        browser.open("/procedures/9.999999.000.00.00.H29").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Không tìm thấy trang");
        assertThat(browser.mainText()).doesNotContain("Exception", "status", "404");
    }
}
