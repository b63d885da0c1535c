package org.motcua.documents;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.Browser;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.documents.DocumentFixtures.draft;
import static org.motcua.documents.DocumentFixtures.drafted;

/**
 * The documents pages of the back-office refuse what the issue names as bad input, through real HTTP with a staff
 * form login: a file that is not a PDF (415 as an error summary), an assignee outside the unit (422 as an error
 * summary), another unit's document and a confidential one for an official not named on it (404). Each test uses
 * wards no other test works in.
 */
@PlatformTest
class DocumentPagesIntegrationTests {

    private static final Pattern ENTRY = Pattern.compile("href=\"/staff/documents/incoming/([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Test
    void aFileThatIsNotAPdfIsRefusedWith415AsAnErrorSummaryAndNothingIsDrafted() {
        Browser browser = loggedIn("phu-lam.clerk");
        String marker = "Kế hoạch " + UUID.randomUUID();
        Browser.Page page = browser.multipart(url("/staff/documents/outgoing"), Map.of("_csrf", csrf(browser,
                        "/staff/documents/outgoing/new"), "unit", "phu-lam", "type", "KE_HOACH", "summary", marker,
                        "signerName", "Lê Văn Bình"), List.of(), "file", "ke-hoach.pdf",
                "<html>not a pdf</html>".getBytes());

        assertThat(page.status()).isEqualTo(415);
        assertThat(page.body()).contains("error-summary", "href=\"#file\"", "Tệp không phải PDF")
                .doesNotContain("Exception");
        assertThat(browser.get(url("/staff/documents?unit=phu-lam")).body()).doesNotContain(marker);
    }

    @Test
    void assigningToSomeoneOutsideTheUnitIsA422ErrorSummaryAndAssigningInsideWorks() {
        String entry = registeredFromOutside("binh-tay");
        Browser leader = loggedIn("binh-tay.leader");
        String token = csrf(leader, "/staff/documents/incoming/" + entry);

        Browser.Page outside = leader.post(url("/staff/documents/incoming/" + entry + "/assignments"), Map.of(
                "_csrf", token, "assigneeKind", "PERSON", "person", "phu-lam.processor", "purpose", "HANDLE",
                "workingDays", "3"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.body()).contains("error-summary", "href=\"#assign-person\"",
                "Người được giao phải là cán bộ của đơn vị");

        Browser.Page inside = leader.post(url("/staff/documents/incoming/" + entry + "/assignments"), Map.of(
                "_csrf", token, "assigneeKind", "PERSON", "person", "binh-tay.processor", "purpose", "HANDLE",
                "workingDays", "3"));
        assertThat(inside.status()).isEqualTo(200);
        assertThat(inside.body()).contains("Đã giao xử lý.", "binh-tay.processor", "Đang giải quyết");
    }

    @Test
    void anotherUnitsDocumentIsNotFound() {
        String entry = registeredFromOutside("cho-lon");
        String outgoing = drafted(port, "cho-lon.clerk", draft("cho-lon", "TB", "Thông báo nội bộ", List.of()));

        Browser stranger = loggedIn("phu-lam.clerk");
        assertThat(stranger.get(url("/staff/documents/incoming/" + entry)).status()).isEqualTo(404);
        assertThat(stranger.get(url("/staff/documents/outgoing/" + outgoing)).status()).isEqualTo(404);
        assertThat(stranger.get(url("/staff/documents/registers/incoming?unit=cho-lon")).status()).isEqualTo(404);
        assertThat(stranger.get(url("/staff/documents/incoming/" + UUID.randomUUID())).status()).isEqualTo(404);
        Browser.Page own = loggedIn("cho-lon.clerk").get(url("/staff/documents/incoming/" + entry + "?done=nonsense"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain("role=\"status\"");
    }

    @Test
    void aConfidentialDocumentIsNotFoundForAnOfficialNotNamedOnIt() {
        Map<String, Object> body = draft("tp-ho-chi-minh", "BC", "Báo cáo mật " + UUID.randomUUID(), List.of());
        body.put("confidential", true);
        body.put("restrictedTo", List.of("city.leader"));
        String id = drafted(port, "city.clerk", body);

        assertThat(loggedIn("city.processor").get(url("/staff/documents/outgoing/" + id)).status()).isEqualTo(404);
        Browser.Page named = loggedIn("city.leader").get(url("/staff/documents/outgoing/" + id));
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.body()).contains("Báo cáo mật");
    }

    @Test
    void issuingTwiceGivesOneNumberAndAnInvitationShowsItsMeetingRoom() {
        Browser clerk = loggedIn("an-nhon.clerk");
        Browser.Page created = clerk.multipart(url("/staff/documents/outgoing"), Map.of("_csrf", csrf(clerk,
                        "/staff/documents/outgoing/new?unit=an-nhon"), "unit", "an-nhon", "type", "GIAY_MOI", "summary",
                "Mời họp giao ban tháng", "signerName", "Trần Thị Mai", "signerTitle", "Chủ tịch",
                "signingAuthority", "TM.", "recipientOutside", "Các phòng chuyên môn", "meetingRoom", "true"),
                List.of(Map.entry("recipientUnits", "phu-lam")), null, null, null);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.body()).contains("Đã lưu dự thảo.", "https://meet.example.org/MotCua-");
        String path = created.uri().getPath();
        String token = created.hidden("_csrf");

        Browser.Page first = clerk.post(url(path + "/issue"), Map.of("_csrf", token));
        Browser.Page second = clerk.post(url(path + "/issue"), Map.of("_csrf", token));
        String symbol = symbol(first.body());
        assertThat(symbol).matches("\\d{2,}/GM-UBND");
        assertThat(symbol(second.body())).isEqualTo(symbol);
        String register = clerk.get(url("/staff/documents/registers/outgoing?unit=an-nhon")).body();
        assertThat(register.split(Pattern.quote(">" + symbol + "<"), -1)).hasSize(2);
    }

    @Test
    void aNumberedDraftAbandonedWithAReasonKeepsItsNumberUnusedInTheRegister() {
        String id = drafted(port, "tan-hung.clerk", draft("tan-hung", "QĐ", "Quyết định sẽ hủy", List.of()));
        ApiClient.Response numbered = ApiClient.as(port, "tan-hung.clerk")
                .post("/api/v1/documents/outgoing/" + id + "/number", Map.of());
        String symbol = numbered.json().get("symbol").asString();
        Browser clerk = loggedIn("tan-hung.clerk");
        String token = csrf(clerk, "/staff/documents/outgoing/" + id);

        Browser.Page empty = clerk.post(url("/staff/documents/outgoing/" + id + "/abandon"), Map.of("_csrf", token));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("href=\"#abandon-reason\"");

        Browser.Page abandoned = clerk.post(url("/staff/documents/outgoing/" + id + "/abandon"), Map.of(
                "_csrf", token, "reason", "Trùng nội dung"));
        assertThat(abandoned.body()).contains("Đã hủy dự thảo.", symbol, "Trùng nội dung");
        assertThat(clerk.get(url("/staff/documents/registers/outgoing?unit=tan-hung")).body())
                .contains(symbol, "Số không sử dụng: Trùng nội dung");
    }

    @Test
    void theSearchFindsTextInsideAPdfWithoutDiacriticsAndTheStaffHomeLinksOnlyDocumentRoles() {
        Browser clerk = loggedIn("an-dong.clerk");
        String word = "Tàiliệu" + Long.toString(System.nanoTime(), 36);
        Browser.Page registered = clerk.multipart(url("/staff/documents/incoming"), Map.of("_csrf", csrf(clerk,
                        "/staff/documents/incoming/new"), "unit", "an-dong", "author", "Bộ Nội vụ", "symbol",
                "77/BNV-VP", "documentDate", "2026-01-05", "type", "CONG_VAN", "summary", "Về công tác văn thư"),
                List.of(), "file", "scan.pdf", DocumentFixtures.pdf("Nội dung " + word));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(registered.body()).contains("Đã vào sổ văn bản đến.", "scan.pdf", "Không có chữ ký số");

        Browser.Page found = clerk.get(url("/staff/documents/search?unit=an-dong&q="
                + SearchText.fold(word)));
        assertThat(found.body()).contains("77/BNV-VP", "Về công tác văn thư");

        assertThat(clerk.get(url("/staff")).body()).contains("href=\"/staff/documents\"");
        assertThat(loggedIn("an-dong.reception").get(url("/staff")).body())
                .doesNotContain("href=\"/staff/documents\"");
        assertThat(loggedIn("an-dong.reception").get(url("/staff/documents")).status()).isEqualTo(404);
    }

    private String registeredFromOutside(String unit) {
        ApiClient clerk = ApiClient.as(port, unit + ".clerk");
        ApiClient.Response r = clerk.post("/api/v1/documents/incoming", Map.of("unit", unit, "author", "Sở Nội vụ",
                "symbol", "12/SNV-VP", "documentDate", "2026-01-02", "type", "CONG_VAN",
                "summary", "Về việc rà soát " + UUID.randomUUID()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private Browser loggedIn(String user) {
        Browser browser = new Browser();
        String token = browser.get(url("/staff/login")).hidden("_csrf");
        Browser.Page home = browser.post(url("/staff/login"), Map.of("username", user, "password", "demo",
                "_csrf", token));
        assertThat(home.uri().getPath()).as("login of " + user).isEqualTo("/staff");
        return browser;
    }

    private String csrf(Browser browser, String path) {
        Browser.Page page = browser.get(url(path));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.hidden("_csrf");
    }

    private static String symbol(String body) {
        Matcher m = Pattern.compile("<h1 id=\"symbol\">([^<]+)</h1>").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
