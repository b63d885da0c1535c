package org.motcua.feedback;

import org.junit.jupiter.api.Test;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class FeedbackPagesBrowserTests {

    @Test
    void anEmptyReportShowsTheErrorSummaryLinkedToEachField(WebBrowser browser) {
        browser.open("/feedback/new").assertAccessible().press("Gửi phản ánh");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#category"))
                .anySatisfy(h -> assertThat(h).endsWith("#description"))
                .anySatisfy(h -> assertThat(h).endsWith("#ward"));
        assertThat(browser.find("#ward-error").getText()).contains("Chọn phường, xã, đặc khu");
        browser.assertAccessible();
    }

    @Test
    void aCitizenReportsAProblemAndSeesItInThePublicListWithoutTheirContact(WebBrowser browser) {
        // given the report form
        browser.open("/feedback/new");
        new Select(browser.driver().findElement(By.id("category"))).selectByValue(FeedbackFixtures.POTHOLE);
        browser.fill("description", "Ổ gà <b>sâu</b> trước chợ Bến Thành, trang web thử");
        new Select(browser.driver().findElement(By.id("ward"))).selectByValue("ben-thanh");
        browser.fill("contactPhone", "0911222333").fill("contactName", "Phạm Văn Tâm");
        // when it is sent
        browser.press("Gửi phản ánh");
        // then the confirmation shows the report number, what happens next and the private link
        assertThat(browser.path()).startsWith("/feedback/follow/");
        assertThat(browser.find(".panel__title").getText()).isEqualTo("Đã gửi phản ánh");
        assertThat(browser.mainText()).contains("theo dõi phản ánh", "Ổ gà <b>sâu</b>");
        browser.assertAccessible();
        // and the public list shows the report as text, without the reporter's name or phone
        browser.open("/feedback");
        assertThat(browser.mainText()).contains("Ổ gà <b>sâu</b> trước chợ Bến Thành")
                .doesNotContain("0911222333", "Phạm Văn Tâm");
        assertThat(browser.driver().findElements(By.cssSelector("main b"))).isEmpty();
        browser.assertAccessible();
        // and the report has a page of its own (the link in the reporter's e-mail and SMS), without the contact
        String number = browser.find("main h2 a").getText();
        browser.follow("main h2 a").assertAccessible();
        assertThat(browser.path()).matches("/feedback/[0-9]+");
        assertThat(browser.find("h1").getText()).isEqualTo(number);
        assertThat(browser.mainText()).contains("Ổ gà <b>sâu</b> trước chợ Bến Thành", "Hạn trả lời")
                .doesNotContain("0911222333", "Phạm Văn Tâm");
        assertThat(browser.findAll("main .tag")).hasSize(1);
        // and in English
        browser.open("/feedback?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Feedback and reports");
    }

    @Test
    void aReportNumberThatDoesNotExistOrIsNotANumberIsThePageNotFound(WebBrowser browser) {
        browser.open("/feedback/999999999");
        assertThat(browser.find("h1").getText()).isEqualTo("Không tìm thấy trang");
        browser.open("/feedback/abc");
        assertThat(browser.find("h1").getText()).isEqualTo("Không tìm thấy trang");
        browser.assertAccessible();
    }
}
