package org.motcua.notification;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's in-app inbox page: empty at first, then the "dossier received" message unread (in words), then read
 * after "mark all as read" (a plain form POST).
 */
@BrowserTest
class MyNotificationsBrowserTests {

    private static final String UNIT = "cau-ong-lanh";

    @LocalServerPort
    int port;

    @Test
    void aCitizenSeesTheReceivedMessageAndMarksAllAsRead(WebBrowser browser) throws Exception {
        // log in with the last person the demo e-ID lists (the my-dossiers tests use the first ones)
        browser.open("/my/notifications");
        assertThat(browser.path()).startsWith("/login");
        browser.press("Đăng nhập bằng tài khoản định danh điện tử");
        var rows = browser.findAll("tr[data-personal-id]");
        String personalId = rows.get(rows.size() - 1).getAttribute("data-personal-id");
        ApiClient citizen = ApiClient.as(port, personalId);
        assertThat(citizen.get("/api/v1/me/notifications").json().size()).as("no one else writes to " + personalId)
                .isZero();
        browser.follow("tr[data-personal-id='" + personalId + "'] button");
        assertThat(browser.path()).startsWith("/my/notifications");

        // empty
        assertThat(browser.find("h1").getText()).isEqualTo("Thông báo của tôi");
        assertThat(browser.mainText()).contains("Bạn chưa có thông báo nào.");
        assertThat(browser.findAll("form[action='/my/notifications/read-all']")).isEmpty();
        browser.assertAccessible();

        // a dossier of theirs is received at the desk
        String code = deskDossier(personalId);
        long deadline = System.currentTimeMillis() + 20_000;
        while (citizen.get("/api/v1/me/notifications/unread-count").json().get("unread").asLong() == 0) {
            assertThat(System.currentTimeMillis()).as("the in-app message arrives").isLessThan(deadline);
            Thread.sleep(200);
        }
        JsonNode message = citizen.get("/api/v1/me/notifications").json().get(0);
        String item = "#notification-" + message.get("id").asLong();

        browser.open("/my/notifications");
        assertThat(browser.mainText()).contains("Bạn có 1 thông báo chưa đọc.").doesNotContain("Bạn chưa có thông báo");
        assertThat(browser.find(item + " h2").getText()).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");
        assertThat(browser.find(item).getText()).contains("Chưa đọc", message.get("body").asString());
        String receipt = browser.find(item + " a").getAttribute("href");
        assertThat(receipt).endsWith("/my/dossiers/" + code + "/forms/01");
        browser.assertAccessible();

        // the link gives the receipt to the logged-in applicant, and sends anyone else to the e-ID login first
        HttpClient http = HttpClient.newHttpClient();
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(receipt))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(receipt)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));

        // mark all as read (no JavaScript needed: a form POST with the CSRF field, then a redirect)
        assertThat(browser.find("form[action='/my/notifications/read-all'] input[type=hidden]")
                .getAttribute("value")).isNotBlank();
        browser.press("Đánh dấu tất cả là đã đọc");
        assertThat(browser.path()).isEqualTo("/my/notifications");
        assertThat(browser.find(item).getText()).contains("Hồ sơ " + code).doesNotContain("Chưa đọc");
        assertThat(browser.mainText()).contains("Bạn có 0 thông báo chưa đọc.");
        assertThat(browser.findAll("form[action='/my/notifications/read-all']")).isEmpty();
        assertThat(citizen.get("/api/v1/me/notifications/unread-count").json().get("unread").asLong()).isZero();
        browser.assertAccessible();
    }

    private String deskDossier(String personalId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", "1.004873.000.00.00.H29");
        body.put("channel", "IN_PERSON");
        body.put("receivingUnit", UNIT);
        body.put("competentUnit", UNIT);
        body.put("applicant", Map.of("personalId", personalId, "fullName", "Lê Thị Thu", "dateOfBirth", "1990-05-17"));
        body.put("form", Map.of("currentStatus", "never-married", "purpose", "marriage"));
        ApiClient.Response r = ApiClient.as(port, UNIT + ".reception").post("/api/v1/dossiers", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("code").asString();
    }
}
