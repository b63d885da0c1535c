package org.motcua.organization;

import org.junit.jupiter.api.Test;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit admin's pages in the browser: accounts of their own unit only, a new account with its roles, lock and
 * unlock, and the guards (duplicate username, self-lockout). Works in Đức Nhuận, where no other test creates staff.
 */
@BrowserTest
class StaffAdminBrowserTests {

    private static final String UNIT = "duc-nhuan";
    private static final String PASSWORD = "mật khẩu đủ dài 2026";

    @Test
    void aUnitAdminCreatesAnAccountGrantsProcessorAndTheNewOfficialSeesTheirInbox(WebBrowser browser) {
        String username = UNIT + ".nv-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

        // the admin follows the link on the staff home to the accounts of their unit
        logIn(browser, UNIT + ".admin", "demo");
        browser.clickLink("Tài khoản cán bộ của đơn vị").assertAccessible();
        assertThat(browser.path()).isEqualTo("/staff/admin/units/" + UNIT + "/staff");
        assertThat(browser.find("h1").getText()).isEqualTo("Tài khoản cán bộ – Phường Đức Nhuận");
        assertThat(browser.find("tr[data-username='" + UNIT + ".clerk']").getText()).contains("Văn thư",
                "Đang hoạt động");

        // an empty form is refused, each error linked to its field
        browser.press("Tạo tài khoản").assertAccessible();
        browser.press("Tạo tài khoản");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getDomAttribute("href"))
                .containsExactly("#username", "#displayName", "#password", "#role-reception");
        browser.assertAccessible();

        // a complete form creates the account with the desk role
        browser.fill("username", username).fill("displayName", "Nguyễn Văn Mới").fill("password", PASSWORD);
        browser.find("#role-reception").click();
        browser.press("Tạo tài khoản");
        assertThat(browser.mainText()).contains("Đã tạo tài khoản.");
        assertThat(browser.find("tr[data-username='" + username + "']").getText()).contains("Nguyễn Văn Mới",
                "Bộ phận một cửa", "Đang hoạt động");
        browser.assertAccessible();

        // the admin grants the processor role on the account's page
        browser.follow("tr[data-username='" + username + "'] a").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo(username);
        browser.find("#role-processor").click();
        browser.press("Lưu vai trò");
        assertThat(browser.mainText()).contains("Đã lưu vai trò.");
        assertThat(browser.find("#role-processor").isSelected()).isTrue();
        assertThat(browser.find("#role-reception").isSelected()).isTrue();
        browser.assertAccessible();

        // the new official logs in with the initial password and opens their inbox
        logIn(browser, username, PASSWORD);
        assertThat(browser.mainText()).contains("Nguyễn Văn Mới", "Chuyên viên", "Bộ phận một cửa")
                .doesNotContain("Tài khoản cán bộ của đơn vị");
        browser.clickLink("Hồ sơ chờ xử lý").assertAccessible();
        assertThat(browser.path()).isEqualTo("/staff/inbox");
    }

    @Test
    void aTakenUsernameIsShownInTheErrorSummaryWithTheAnswersKept(WebBrowser browser) {
        logIn(browser, UNIT + ".admin", "demo");
        browser.open("/staff/admin/units/" + UNIT + "/staff/new");
        browser.fill("username", "sai-gon.leader").fill("displayName", "Trùng Tên").fill("password", PASSWORD);
        browser.find("#role-clerk").click();
        browser.press("Tạo tài khoản");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getDomAttribute("href")).isEqualTo("#username");
        assertThat(browser.find(".error-summary").getText()).contains("đã có người dùng");
        assertThat(browser.find("#displayName").getDomProperty("value")).isEqualTo("Trùng Tên");
        assertThat(browser.find("#role-clerk").isSelected()).isTrue();
        browser.assertAccessible();
    }

    @Test
    void anAdminCannotLockThemselvesOutButLocksAndUnlocksAnother(WebBrowser browser) {
        logIn(browser, UNIT + ".admin", "demo");

        // their own account: locking and giving up the admin role are refused
        browser.open("/staff/admin/units/" + UNIT + "/staff/" + UNIT + ".admin").assertAccessible();
        browser.press("Khóa tài khoản");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getDomAttribute("href")).isEqualTo("#lock");
        assertThat(browser.find("#status").getText()).isEqualTo("Đang hoạt động");
        browser.assertAccessible();
        browser.find("#role-admin").click();
        browser.find("#role-processor").click();
        browser.press("Lưu vai trò");
        assertThat(browser.find(".error-summary a").getDomAttribute("href")).isEqualTo("#role-admin");
        assertThat(browser.find(".error-summary").getText()).contains("không thể tự thu hồi");
        browser.assertAccessible();

        // another account of the unit is locked and unlocked
        browser.open("/staff/admin/units/" + UNIT + "/staff/" + UNIT + ".leader");
        browser.press("Khóa tài khoản");
        assertThat(browser.mainText()).contains("Đã khóa tài khoản.");
        assertThat(browser.find("#status").getText()).isEqualTo("Đã khóa");
        browser.assertAccessible();
        browser.press("Mở khóa tài khoản");
        assertThat(browser.mainText()).contains("Đã mở khóa tài khoản.");
        assertThat(browser.find("#status").getText()).isEqualTo("Đang hoạt động");
    }

    @Test
    void anotherUnitsAccountsAndTheCityPagesAreNotFoundForAUnitAdmin(WebBrowser browser) {
        logIn(browser, UNIT + ".admin", "demo");
        for (String path : List.of("/staff/admin/units/phu-lam/staff", "/staff/admin/units/phu-lam/staff/phu-lam.leader",
                "/staff/admin/units/" + UNIT + "/staff/phu-lam.leader", "/staff/admin/units", "/staff/admin/calendar",
                "/staff/admin/procedures")) {
            browser.open(path);
            assertThat(browser.find("h1").getText()).as(path).isEqualTo("Không tìm thấy trang");
        }
        browser.assertAccessible();
        // and a processor has no administration link and no page
        logIn(browser, UNIT + ".processor", "demo");
        assertThat(browser.findAll("a[href^='/staff/admin']")).isEmpty();
        browser.open("/staff/admin/staff");
        assertThat(browser.find("h1").getText()).isEqualTo("Không tìm thấy trang");
    }

    @Test
    void theCityAdminPicksAnyUnitAndSeesItsAccounts(WebBrowser browser) {
        logIn(browser, "city.admin", "demo");
        browser.clickLink("Tài khoản cán bộ của đơn vị").assertAccessible();
        new org.openqa.selenium.support.ui.Select(browser.find("#unit")).selectByValue("phu-lam");
        browser.press("Mở");
        assertThat(browser.path()).isEqualTo("/staff/admin/units/phu-lam/staff");
        assertThat(browser.find("tr[data-username='phu-lam.leader']").getText()).contains("Lãnh đạo");
        browser.assertAccessible();
        browser.open("/staff/admin/staff?unit=no-such-unit");
        assertThat(browser.find(".error-summary a").getDomAttribute("href")).isEqualTo("#unit");
        browser.assertAccessible();
    }

    private static void logIn(WebBrowser browser, String user, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.desktop().open("/staff/login").fill("username", user).fill("password", password).press("Đăng nhập");
        assertThat(browser.path()).as("login of " + user).isEqualTo("/staff");
        browser.assertAccessible();
    }
}
