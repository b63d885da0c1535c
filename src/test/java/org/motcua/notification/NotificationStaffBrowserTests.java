package org.motcua.notification;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The staff pages of notifications at a desktop's width: an official's own in-app messages, and the outbox for the
 * city administrator (counts, filters, a dead letter sent again, personal data masked); each state checked with axe.
 */
@BrowserTest
class NotificationStaffBrowserTests {

    private static final String UNIT = "vuon-lai";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficialReadsTheDocumentAssignedToThemAndMarksAllAsRead(WebBrowser browser) {
        // given an incoming document the leader assigned to the processor
        String incomingId = ApiClient.as(port, UNIT + ".clerk").post("/api/v1/documents/incoming", incoming())
                .json().get("id").asString();
        ApiClient.Response assigned = ApiClient.as(port, UNIT + ".leader").post("/api/v1/documents/incoming/"
                + incomingId + "/assignments", Map.of("assigneeKind", "PERSON", "assignee", UNIT + ".processor",
                "purpose", "HANDLE", "workingDays", 3));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        await().until(() -> ApiClient.as(port, UNIT + ".processor").get("/api/v1/me/notifications/unread-count")
                .json().get("unread").asLong() > 0);

        // when the processor opens their notifications from the staff home
        logIn(browser, UNIT + ".processor");
        assertThat(browser.findAll("a[href='/staff/notifications/outbox']")).isEmpty();
        browser.clickLink("Thông báo của tôi").assertAccessible();

        // then the message is there, unread in words, with a link to the document
        assertThat(browser.path()).isEqualTo("/staff/notifications");
        assertThat(browser.find("h1").getText()).isEqualTo("Thông báo của tôi");
        assertThat(browser.mainText()).contains("được giao cho ông/bà xử lý", "Chưa đọc");
        String link = "a[href$='/staff/documents/incoming/" + incomingId + "']";
        assertThat(browser.find(link)).isNotNull();

        // and all are marked read with a plain form POST
        browser.press("Đánh dấu tất cả là đã đọc");
        assertThat(browser.path()).isEqualTo("/staff/notifications");
        assertThat(browser.mainText()).contains("Bạn có 0 thông báo chưa đọc.").doesNotContain("Chưa đọc");
        browser.assertAccessible();

        // and the link opens the document's page (not the JSON API)
        browser.follow(link);
        assertThat(browser.path()).isEqualTo("/staff/documents/incoming/" + incomingId);
        assertThat(browser.mainText()).contains("Về việc rà soát thủ tục hành chính");
    }

    @Test
    void theCityAdminSeesTheOutboxMaskedAndSendsADeadLetterAgain(WebBrowser browser) {
        // given an SMS the gateway refused for good
        long id = deadSms("079212345678", "0981234567", "Gateway refused 0981234567: number unknown");

        // when the city administrator opens the outbox from the staff home
        logIn(browser, "city.admin");
        browser.clickLink("Hộp thư đi (thư điện tử, SMS)").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Hộp thư đi: thư điện tử và SMS");
        assertThat(browser.find("#outbox-counts tr[data-channel='SMS']").getText()).startsWith("SMS");

        // then the dead letter is listed with its attempts and reason, the personal data partly hidden
        browser.open("/staff/notifications/outbox?status=DEAD&channel=SMS").assertAccessible();
        assertThat(browser.find("#status option:checked").getAttribute("value")).isEqualTo("DEAD");
        assertThat(browser.find("#channel option:checked").getAttribute("value")).isEqualTo("SMS");
        String row = browser.find("tr[data-id='" + id + "']").getText();
        assertThat(row).contains("Gửi không thành công", "0792******78", "098****567", "dossier-received", "5",
                "Gateway refused 098****567: number unknown");
        assertThat(browser.find("#outbox-messages").getText()).doesNotContain("079212345678", "0981234567",
                "Nội dung riêng tư");

        // when they send it again
        browser.follow("tr[data-id='" + id + "'] button");

        // then it waits for the worker again, attempts starting over
        assertThat(browser.path()).isEqualTo("/staff/notifications/outbox?retried=" + id);
        assertThat(browser.find("#outbox-retried").getText()).isEqualTo("Tin nhắn số " + id + " sẽ được gửi lại.");
        browser.assertAccessible();
        assertThat(jdbc.sql("select status from notification_message where id = :id").param("id", id)
                .query(String.class).single()).isNotEqualTo("DEAD");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'NOTIFICATION_RETRIED' and subject = :t")
                .param("t", "notification:" + id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aFilterOutsideTheListShowsTheErrorSummaryLinkedToTheField(WebBrowser browser) {
        logIn(browser, "city.admin");
        browser.open("/staff/notifications/outbox?status=LOST&channel=IN_APP");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#status"))
                .anySatisfy(h -> assertThat(h).endsWith("#channel"));
        assertThat(browser.find("#status-error").getText()).contains("Chọn một trạng thái trong danh sách");
        browser.assertAccessible();
    }

    @Test
    void theCityAdminPagesThroughMoreDeadLettersThanOnePageHolds(WebBrowser browser) {
        // given sixty SMS the gateway refused for good, the newest of all
        long first = deadSms("079200000100", "0900000100", "number unknown");
        for (int i = 1; i < 60; i++) {
            deadSms("079200000" + (100 + i), "0900000" + (100 + i), "number unknown");
        }

        // when the city administrator lists the dead SMS
        logIn(browser, "city.admin");
        browser.open("/staff/notifications/outbox?status=DEAD&channel=SMS").assertAccessible();

        // then the first page holds fifty, the newest first, and says how many pages there are
        assertThat(browser.findAll("#outbox-messages tbody tr")).hasSize(50);
        assertThat(browser.findAll("tr[data-id='" + first + "']")).isEmpty();
        assertThat(browser.find("#outbox-messages caption").getText()).contains("trang 1 /");
        assertThat(browser.findAll("#outbox-pages a[rel='prev']")).isEmpty();

        // and the next page, keeping the filter, holds the older ones
        browser.follow("#outbox-pages a[rel='next']").assertAccessible();
        assertThat(browser.path()).isEqualTo("/staff/notifications/outbox?status=DEAD&channel=SMS&page=2");
        assertThat(browser.find("#status option:checked").getAttribute("value")).isEqualTo("DEAD");
        assertThat(browser.find("tr[data-id='" + first + "']").getText()).contains("0792******00");
        assertThat(browser.find("#outbox-pages a[rel='prev']").getAttribute("href"))
                .endsWith("/staff/notifications/outbox?status=DEAD&channel=SMS&page=1");

        // a page that is not a number shows the first; one past the last shows the last
        browser.open("/staff/notifications/outbox?status=DEAD&channel=SMS&page=abc");
        assertThat(browser.find("#outbox-messages caption").getText()).contains("trang 1 /");
        browser.open("/staff/notifications/outbox?status=DEAD&channel=SMS&page=99999999999");
        assertThat(browser.findAll("#outbox-pages a[rel='next']")).isEmpty();
        assertThat(browser.findAll("#outbox-messages tbody tr")).isNotEmpty();
        browser.assertAccessible();
    }

    @Test
    void theAuditorReadsTheOutboxWithoutRetryAndAWardOfficialDoesNotFindIt(WebBrowser browser) {
        long id = deadSms("079287654321", "0987654321", "permanent failure");

        logIn(browser, "city.auditor");
        browser.open("/staff/notifications/outbox?status=DEAD").assertAccessible();
        assertThat(browser.find("tr[data-id='" + id + "']").getText()).contains("0792******21");
        assertThat(browser.findAll("tr[data-id='" + id + "'] button")).isEmpty();

        logIn(browser, "ben-thanh.leader");
        assertThat(browser.findAll("a[href='/staff/notifications/outbox']")).isEmpty();
        browser.open("/staff/notifications/outbox");
        assertThat(browser.mainText()).doesNotContain("Hộp thư đi");
        assertThat(browser.findAll("#outbox-counts")).isEmpty();
        browser.assertAccessible();
        assertThat(ApiClient.as(port, "ben-thanh.leader").post("/api/v1/notifications/outbox/" + id + "/retry",
                Map.of()).status()).isEqualTo(403);
    }

    private long deadSms(String personalId, String phone, String error) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                        insert into notification_message (event_key, template, recipient, channel, address, language,
                            subject, body, status, attempts, next_attempt_at, last_error, created_at)
                        values (:event, 'dossier-received', :recipient, 'SMS', :phone, 'vi', null,
                            'Nội dung riêng tư', 'DEAD', 5, :now, :error, :now)
                        returning id""")
                .param("event", "browser-test:" + System.nanoTime()).param("recipient", "citizen:" + personalId)
                .param("phone", phone).param("now", now).param("error", error).query(Long.class).single();
    }

    private void logIn(WebBrowser browser, String user) {
        browser.driver().manage().deleteAllCookies();
        browser.desktop().open("/staff/login").fill("username", user).fill("password", "demo").press("Đăng nhập");
        assertThat(browser.path()).as("login of " + user).isEqualTo("/staff");
        browser.assertAccessible();
    }

    private static Map<String, Object> incoming() {
        Map<String, Object> body = new HashMap<>();
        body.put("unit", UNIT);
        body.put("author", "Sở Nội vụ");
        body.put("symbol", "45/SNV-VP");
        body.put("documentDate", "2026-11-20");
        body.put("type", "CONG_VAN");
        body.put("summary", "Về việc rà soát thủ tục hành chính");
        return body;
    }
}
