package org.motcua.feedback;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.Browser;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.feedback.FeedbackFixtures.NGUYEN_HUE_LAT;
import static org.motcua.feedback.FeedbackFixtures.NGUYEN_HUE_LON;
import static org.motcua.feedback.FeedbackFixtures.POTHOLE;
import static org.motcua.feedback.FeedbackFixtures.awaitAssigned;
import static org.motcua.feedback.FeedbackFixtures.report;

/**
 * The staff feedback pages over real HTTP with a cookie-keeping client: each bad input of the back-office comes back
 * as the page's error summary with its status (400, 403, 409, 413, 415), another unit's report is "not found", and
 * the pages of the city level and the hotline are only there for those who use them.
 */
@PlatformTest
class FeedbackStaffPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anotherUnitsReportIsNotFound() {
        long id = atSaiGon("Báo cáo của Sài Gòn, đơn vị khác không được mở");
        Browser benThanh = logIn("ben-thanh.processor");
        String csrf = csrf(benThanh);

        assertThat(benThanh.get(url("/staff/feedback/" + id)).status()).isEqualTo(404);
        Browser.Page start = benThanh.post(url("/staff/feedback/" + id + "/start"), Map.of("_csrf", csrf));
        assertThat(start.status()).isEqualTo(404);
        assertThat(start.body()).doesNotContain("Exception", "ProblemException");
        assertThat(benThanh.post(url("/staff/feedback/" + id + "/transfer"),
                Map.of("_csrf", csrf, "toUnit", "ben-thanh", "reason", "tự nhận")).status()).isEqualTo(404);
        assertThat(benThanh.get(url("/staff/feedback/khong-phai-so")).status()).isEqualTo(404);
        // and the report stayed where it was
        assertThat(status(id)).isEqualTo("ASSIGNED");
        // the unit's own official opens it
        assertThat(logIn("sai-gon.clerk").get(url("/staff/feedback/" + id)).status()).isEqualTo(200);
    }

    @Test
    void anEmptyAnswerAndATransferWithoutReasonOrUnitAreRefusedWithTheSummary() {
        long id = atSaiGon("Trả lời trống và chuyển thiếu lý do");
        Browser saiGon = logIn("sai-gon.processor");

        Browser.Page empty = saiGon.post(url("/staff/feedback/" + id + "/answer"),
                Map.of("_csrf", csrf(saiGon), "text", "   "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("<title>Lỗi: ", "href=\"#answer-text\"", "Nhập nội dung trả lời");

        Browser.Page noReason = saiGon.post(url("/staff/feedback/" + id + "/transfer"),
                Map.of("_csrf", csrf(saiGon), "toUnit", "ben-thanh", "reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("href=\"#transfer-reason\"", "Nhập lý do chuyển")
                .doesNotContain("href=\"#transfer-toUnit\"");
        // the chosen unit is kept selected
        assertThat(noReason.body()).contains("<option value=\"ben-thanh\" selected>");

        Browser.Page unknownUnit = saiGon.post(url("/staff/feedback/" + id + "/transfer"),
                Map.of("_csrf", csrf(saiGon), "toUnit", "khong-co-don-vi", "reason", "thử"));
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.body()).contains("href=\"#transfer-toUnit\"");
        assertThat(status(id)).isEqualTo("ASSIGNED");
    }

    @Test
    void aRoleThatDoesNotHandleReportsAndAnActionTheStatusNoLongerAllowsAreExplained() {
        long id = atSaiGon("Văn thư không xử lý phản ánh");

        // the clerk of the unit reads the report but has no actions, and is refused if posting anyway
        Browser clerk = logIn("sai-gon.clerk");
        Browser.Page page = clerk.get(url("/staff/feedback/" + id));
        assertThat(page.body()).contains("Bạn không có thao tác nào").doesNotContain("action-start")
                .contains("Chỉ người xử lý phản ánh được xem thông tin liên hệ").doesNotContain("0933444555");
        Browser.Page refused = clerk.post(url("/staff/feedback/" + id + "/start"), Map.of("_csrf", csrf(clerk)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("href=\"#action-start\"", "Chỉ chuyên viên và lãnh đạo");

        // the specialist starts it; starting it again is a conflict with its status
        Browser processor = logIn("sai-gon.processor");
        assertThat(processor.get(url("/staff/feedback/" + id)).body()).contains("0933444555");
        String csrf = csrf(processor);
        Browser.Page started = processor.post(url("/staff/feedback/" + id + "/start"), Map.of("_csrf", csrf));
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.uri().getQuery()).isEqualTo("done=START");
        Browser.Page again = processor.post(url("/staff/feedback/" + id + "/start"), Map.of("_csrf", csrf));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("<title>Lỗi: ", "trạng thái hiện tại của phản ánh")
                .doesNotContain("Exception");
    }

    @Test
    void aLoggedInReportersPersonalIdIsShownOnlyToThoseWhoSeeTheContact() {
        // given a report by a logged-in citizen, recorded under their personal ID
        String personalId = "0791" + (10_000_000 + java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(80_000_000));
        ApiClient.Response created = ApiClient.as(port, personalId)
                .header("X-Forwarded-For", FeedbackFixtures.freshAddress())
                .post("/api/v1/feedback/public/reports", report(POTHOLE, "Phản ánh của người dân đã đăng nhập",
                        NGUYEN_HUE_LAT, NGUYEN_HUE_LON));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        awaitAssigned(port, created.json().get("followToken").asString(), Duration.ofSeconds(60));

        // the unit's clerk reads the history without it, the handler with it
        assertThat(logIn("sai-gon.clerk").get(url("/staff/feedback/" + id)).body()).contains("Tiếp nhận")
                .doesNotContain(personalId);
        assertThat(logIn("sai-gon.processor").get(url("/staff/feedback/" + id)).body()).contains(personalId);
    }

    @Test
    void aNonImageOrOversizedAnswerPhotoIsRefusedWithTheSummary() {
        long id = atSaiGon("Ảnh trả lời sai loại hoặc quá lớn");
        Browser saiGon = logIn("sai-gon.processor");

        Response notImage = answer(saiGon, id, "Đã xử lý", "not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(notImage.status()).isEqualTo(415);
        assertThat(notImage.body()).contains("href=\"#answer-photos\"", "Ảnh phải là tệp JPEG hoặc PNG");

        byte[] large = new byte[6 * 1024 * 1024];
        Arrays.fill(large, (byte) 1);
        byte[] png = FeedbackFixtures.png();
        System.arraycopy(png, 0, large, 0, png.length);
        Response tooLarge = answer(saiGon, id, "Đã xử lý", large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("href=\"#answer-photos\"", "Mỗi ảnh tối đa 5 MB");
        assertThat(status(id)).isEqualTo("ASSIGNED");

        // a real photo goes with the answer and is shown on the page
        Response ok = answer(saiGon, id, "Đã vá mặt đường", FeedbackFixtures.png());
        assertThat(ok.status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("ANSWERED");
        Browser.Page page = saiGon.get(url("/staff/feedback/" + id));
        assertThat(page.body()).contains("Ảnh 1 kèm trả lời", "Đã vá mặt đường");
    }

    @Test
    void theInboxRefusesAnUnknownFilter() {
        Browser saiGon = logIn("sai-gon.processor");
        Browser.Page page = saiGon.get(url("/staff/feedback?status=NOPE&category=khong-co"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("href=\"#status\"", "href=\"#category\"");
    }

    @Test
    void theHotlineAndTheCityLevelAreOnlyForThoseWhoUseThem() {
        Browser saiGon = logIn("sai-gon.processor");
        Browser.Page home = saiGon.get(url("/staff"));
        assertThat(home.body()).contains("href=\"/staff/feedback\"").doesNotContain("/staff/feedback/hotline",
                "/staff/feedback/city");
        assertThat(saiGon.get(url("/staff/feedback/hotline")).status()).isEqualTo(404);
        assertThat(saiGon.get(url("/staff/feedback/city")).status()).isEqualTo(404);
        assertThat(saiGon.get(url("/staff/feedback/ranking.csv")).status()).isEqualTo(404);

        Browser operator = logIn("so-khoa-hoc-va-cong-nghe.reception");
        assertThat(operator.get(url("/staff")).body()).contains("href=\"/staff/feedback/hotline\"",
                "href=\"/staff/feedback/city\"");
        Browser.Page noLocation = operator.post(url("/staff/feedback/hotline"), Map.of("_csrf", csrf(operator),
                "category", POTHOLE, "description", "Gọi báo ổ gà nhưng không biết ở đâu", "contactPhone", "0912"));
        assertThat(noLocation.status()).isEqualTo(400);
        assertThat(noLocation.body()).contains("href=\"#ward\"", "Gọi báo ổ gà nhưng không biết ở đâu");

        Browser admin = logIn("city.admin");
        Browser.Page csv = admin.get(url("/staff/feedback/ranking.csv?cycle=2026-11"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("rank,unit,unit_name,due,on_time,late,on_time_rate");
        assertThat(admin.get(url("/staff/feedback/ranking.csv?cycle=13-2026")).status()).isEqualTo(400);
    }

    private long atSaiGon(String description) {
        Map<String, Object> body = report(POTHOLE, description, NGUYEN_HUE_LAT, NGUYEN_HUE_LON);
        body.put("contactPhone", "0933444555");
        ApiClient.Response created = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        awaitAssigned(port, created.json().get("followToken").asString(), Duration.ofSeconds(60));
        return created.json().get("id").asLong();
    }

    private String status(long id) {
        return ApiClient.anonymous(port).get("/api/v1/feedback/public/reports/" + id).json().get("status").asString();
    }

    private Browser logIn(String user) {
        Browser browser = new Browser();
        Browser.Page form = browser.get(url("/staff/login"));
        Browser.Page home = browser.post(url("/staff/login"), Map.of("username", user, "password", "demo",
                "_csrf", form.hidden("_csrf")));
        assertThat(home.uri().getPath()).as(home.toString()).isEqualTo("/staff");
        return browser;
    }

    private String csrf(Browser browser) {
        return browser.get(url("/staff")).hidden("_csrf");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    record Response(int status, String body) {
    }

    /** The answer form posted as the browser does: multipart, with the CSRF token in the address and one photo. */
    private Response answer(Browser browser, long id, String text, byte[] photo) {
        String boundary = "----staff" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + text
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"anh.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(photo);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/staff/feedback/" + id + "/answer?_csrf="
                        + csrf(browser))))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                // the session, and the cookie that holds the CSRF token (csrf.spa())
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID") + "; XSRF-TOKEN="
                        + browser.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
