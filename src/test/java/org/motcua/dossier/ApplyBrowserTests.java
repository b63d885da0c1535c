package org.motcua.dossier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.motcua.ApiClient;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying online in the browser: Trần Minh Khang logs in with the demo e-ID from the procedure's "Start now",
 * consents to the population registry, sees his and his wife's data pre-filled with their source, answers the
 * question pages (with their error summaries), uploads the medical birth certificate (a wrong file refused), checks
 * his answers and submits; the confirmation gives the code and the receipt.
 */
@BrowserTest
class ApplyBrowserTests {

    static final String BIRTH_REGISTRATION = "1.001193.000.00.00.H29";
    static final String KHANG = "079096001234";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Drafts are kept across sessions: each test starts Khang's applications afresh. */
    @BeforeEach
    void noApplicationStarted() {
        ApplyBrowserTests.forgetDrafts(jdbc);
    }

    static void forgetDrafts(JdbcClient jdbc) {
        jdbc.sql("delete from application_draft where owner = ?").params("CITIZEN:" + KHANG).update();
    }

    /** Declines the registries' data, then answers where to apply and the phone number. */
    static void withoutRegistriesAt(WebBrowser browser, String unit, String phone) {
        browser.clickLink("Dùng dữ liệu từ cơ sở dữ liệu quốc gia").find("#consent-no").click();
        browser.press("Tiếp tục");
        browser.clickLink("Nơi nộp và số điện thoại");
        new Select(browser.find("#unit")).selectByValue(unit);
        browser.fill("phone", phone).press("Tiếp tục");
    }

    /** From the procedure page through the demo e-ID back to the application's task list. */
    static void startAndLogIn(WebBrowser browser, String procedure, String personalId) {
        browser.open("/procedures/" + procedure).press("Bắt đầu");
        assertThat(browser.path()).startsWith("/login");
        browser.press("Đăng nhập bằng tài khoản định danh điện tử");
        browser.follow("tr[data-personal-id='" + personalId + "'] button");
        assertThat(browser.path()).startsWith("/apply/" + procedure);
    }

    @Test
    void aCitizenAppliesForBirthRegistrationWithPrefilledDataAndGetsTheReceipt(WebBrowser browser) throws Exception {
        startAndLogIn(browser, BIRTH_REGISTRATION, KHANG);
        browser.assertAccessible();
        assertThat(browser.mainText()).contains("Thủ tục đăng ký khai sinh", "Chưa thể bắt đầu");

        // consent: no choice is an error, then yes; the registry's values are shown with their source
        browser.clickLink("Dùng dữ liệu từ cơ sở dữ liệu quốc gia").assertAccessible().press("Tiếp tục");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#consent");
        browser.assertAccessible();
        browser.find("#consent").click();
        browser.press("Tiếp tục").assertAccessible();
        assertThat(browser.mainText()).contains("Trần Minh Khang", "Lê Thị Ngọc Hân", "079198004321",
                "Nguồn: Cơ sở dữ liệu quốc gia về dân cư");
        browser.press("Tiếp tục");

        // where and the phone: a wrong phone number is refused
        browser.clickLink("Nơi nộp và số điện thoại").assertAccessible();
        new Select(browser.find("#unit")).selectByValue("sai-gon");
        browser.fill("phone", "12345").press("Tiếp tục");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#phone");
        browser.assertAccessible();
        browser.fill("phone", "0903123456").press("Tiếp tục");
        assertThat(browser.path()).isEqualTo("/apply/" + BIRTH_REGISTRATION);

        // the questions: page 1 empty → every required field in the summary
        browser.clickLink("Trả lời các câu hỏi của tờ khai").assertAccessible().press("Tiếp tục");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#childName"))
                .anySatisfy(h -> assertThat(h).endsWith("#birthDate"))
                .anySatisfy(h -> assertThat(h).endsWith("#sex"));
        browser.assertAccessible();
        browser.fill("childName", "Trần Minh An").fill("birthDate", "31/02/2026").find("#sex").click();
        browser.press("Tiếp tục");
        assertThat(browser.find(".error-summary").getText()).contains("ngày/tháng/năm");
        assertThat(browser.find("#childName").getAttribute("value")).as("answers kept").isEqualTo("Trần Minh An");
        browser.fill("birthDate", "20/11/2026").press("Tiếp tục");
        // back and refresh lose nothing
        browser.driver().navigate().back();
        browser.open("/apply/" + BIRTH_REGISTRATION + "/questions/1");
        assertThat(browser.find("#birthDate").getAttribute("value")).isEqualTo("20/11/2026");
        browser.press("Tiếp tục");
        browser.fill("placeOfBirth", "Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh").fill("ethnicity", "Kinh")
                .fill("nationality", "Việt Nam").assertAccessible().press("Tiếp tục");
        browser.find("#declarantRelationship-father").click();
        browser.press("Tiếp tục");
        // the mother: name and ID from the registry, shown not editable
        assertThat(browser.mainText()).contains("Lê Thị Ngọc Hân", "Nguồn: Cơ sở dữ liệu quốc gia về dân cư");
        assertThat(browser.findAll("input#mother-fullName")).isEmpty();
        browser.assertAccessible().press("Tiếp tục");
        browser.press("Tiếp tục");
        assertThat(browser.path()).isEqualTo("/apply/" + BIRTH_REGISTRATION);

        // uploads: a text file is refused in the summary, a PDF accepted
        browser.clickLink("Tải lên giấy tờ").assertAccessible();
        assertThat(browser.mainText()).contains("10 MB", "PDF");
        Path text = Files.writeString(Files.createTempFile("not-a-scan", ".pdf"), "hello");
        browser.find("#medical-birth-certificate").sendKeys(text.toString());
        browser.press("Tiếp tục");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.find(".error-summary").getText()).contains("PDF, PNG hoặc JPG");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#medical-birth-certificate");
        browser.assertAccessible();
        Path pdf = Files.write(Files.createTempFile("giay-chung-sinh", ".pdf"),
                "%PDF-1.4\n% giấy chứng sinh\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        browser.find("#medical-birth-certificate").sendKeys(pdf.toString());
        browser.press("Tiếp tục");

        // check your answers: registry values with their source, change links for the others
        browser.clickLink("Kiểm tra và gửi hồ sơ").assertAccessible();
        String check = browser.mainText();
        assertThat(check).contains("Trần Minh An", "20/11/2026", "Nam", "Cha", "Lê Thị Ngọc Hân", "0903123456",
                "Phường Sài Gòn", "giay-chung-sinh", "Lấy từ cơ sở dữ liệu, không phải nộp");
        assertThat(browser.findAll(".summary-list__actions a")).isNotEmpty();
        // a change link goes to the question and comes back here
        browser.follow("a[href*='questions/3']");
        browser.fill("hometown", "Quảng Nam").press("Tiếp tục");
        assertThat(browser.path()).isEqualTo("/apply/" + BIRTH_REGISTRATION + "/check");
        assertThat(browser.mainText()).contains("Quảng Nam");
        browser.press("Đồng ý và gửi hồ sơ");

        // confirmation: the code, what happens next, the receipt
        assertThat(browser.path()).endsWith("/submitted");
        browser.assertAccessible();
        String code = browser.find(".panel strong").getText();
        assertThat(browser.mainText()).contains("Việc tiếp theo");
        assertThat(browser.mainText()).contains("Giấy tiếp nhận hồ sơ có trên trang hồ sơ");
        assertThat(browser.findAll("a[href$='/forms/01']")).as("no receipt before the desk receives it").isEmpty();

        // the dossier as the ward sees it: the registry data reused, the upload attached
        JsonNode dossier = ApiClient.as(port, "sai-gon.reception").get("/api/v1/dossiers/" + code).json();
        assertThat(dossier.get("applicant").get("personalId").asString()).isEqualTo(KHANG);
        assertThat(dossier.get("form").get("childName").asString()).isEqualTo("Trần Minh An");
        assertThat(dossier.get("form").get("hometown").asString()).isEqualTo("Quảng Nam");
        assertThat(dossier.get("form").get("mother").get("fullName").asString()).isEqualTo("Lê Thị Ngọc Hân");
        assertThat(dossier.get("registry").get("status").asString()).isEqualTo("REUSED");
        assertThat(dossier.get("components").findValuesAsString("componentId"))
                .containsExactly("medical-birth-certificate");

        // once the desk receives it, the receipt (form 01, with the appointment date) is on the dossier's page
        DossierRatingIntegrationTests.act(port, "sai-gon.reception", code, "RECEIVE");
        browser.open("/my/dossiers/" + code).assertAccessible();
        assertThat(browser.mainText()).contains("Ngày hẹn trả kết quả", "Đã tiếp nhận");
        HttpResponse<byte[]> pdfReceipt = fetch(browser, browser.find("a[href$='/forms/01']").getAttribute("href"));
        assertThat(pdfReceipt.statusCode()).isEqualTo(200);
        assertThat(new String(pdfReceipt.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

        // the draft is gone: starting again is a new application
        browser.open("/apply/" + BIRTH_REGISTRATION);
        assertThat(browser.mainText()).contains("Chưa thể bắt đầu");
    }

    @Test
    void anApplicationLeftHalfwayIsFoundAgainAtTheNextLogin(WebBrowser browser) throws Exception {
        startAndLogIn(browser, BIRTH_REGISTRATION, KHANG);
        withoutRegistriesAt(browser, "sai-gon", "0903123456");
        browser.clickLink("Tải lên giấy tờ");
        Path pdf = Files.write(Files.createTempFile("giay-chung-sinh", ".pdf"),
                "%PDF-1.4\n% giấy chứng sinh\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        browser.find("#medical-birth-certificate").sendKeys(pdf.toString());
        browser.press("Tiếp tục");

        // the phone ran out: another session, as on another device; "my dossiers" lists the application not sent
        browser.driver().manage().deleteAllCookies();
        startAndLogIn(browser, BIRTH_REGISTRATION, KHANG);
        assertThat(browser.mainText()).contains("Bạn đã hoàn thành 3 trên 4 phần", "giữ 30 ngày");
        browser.open("/my/dossiers").assertAccessible();
        assertThat(browser.find(".my-drafts").getText()).contains("Thủ tục đăng ký khai sinh", "giữ đến ngày");
        browser.follow(".my-drafts a");
        assertThat(browser.path()).isEqualTo("/apply/" + BIRTH_REGISTRATION);
        browser.clickLink("Nơi nộp và số điện thoại");
        assertThat(browser.find("#phone").getAttribute("value")).isEqualTo("0903123456");
        browser.press("Tiếp tục");

        browser.clickLink("Trả lời các câu hỏi của tờ khai");
        browser.fill("childName", "Trần Minh Bảo").fill("birthDate", "21/11/2026").find("#sex").click();
        browser.press("Tiếp tục");
        browser.fill("placeOfBirth", "Bệnh viện Hùng Vương").fill("ethnicity", "Kinh").fill("nationality", "Việt Nam")
                .press("Tiếp tục");
        browser.find("#declarantRelationship-father").click();
        browser.press("Tiếp tục");
        browser.fill("mother-fullName", "Lê Thị Ngọc Hân").press("Tiếp tục");
        browser.press("Tiếp tục");

        // the file uploaded in the first session is still there, and goes with the dossier
        browser.clickLink("Kiểm tra và gửi hồ sơ");
        assertThat(browser.mainText()).contains("Trần Minh Bảo", "giay-chung-sinh", "0903123456");
        browser.press("Đồng ý và gửi hồ sơ");
        assertThat(browser.path()).endsWith("/submitted");
        String code = browser.find(".panel strong").getText();
        JsonNode dossier = ApiClient.as(port, "sai-gon.reception").get("/api/v1/dossiers/" + code).json();
        assertThat(dossier.get("form").get("childName").asString()).isEqualTo("Trần Minh Bảo");
        assertThat(dossier.get("components").findValuesAsString("componentId"))
                .containsExactly("medical-birth-certificate");
        assertThat(jdbc.sql("select count(*) from application_draft_upload where owner = ?")
                .params("CITIZEN:" + KHANG).query(Integer.class).single()).as("deleted with the draft").isZero();
        browser.open("/my/dossiers");
        assertThat(browser.findAll(".my-drafts")).isEmpty();
    }

    @Test
    void anApplicationNotSentCanBeDeletedToStartAgain(WebBrowser browser) {
        startAndLogIn(browser, BIRTH_REGISTRATION, KHANG);
        assertThat(browser.findAll("a[href$='/discard']")).as("nothing saved yet").isEmpty();
        withoutRegistriesAt(browser, "sai-gon", "0903123456");

        browser.clickLink("Xoá hồ sơ chưa gửi này và làm lại từ đầu").assertAccessible();
        assertThat(browser.find("h1").getText()).isEqualTo("Bạn có chắc muốn xoá hồ sơ chưa gửi này?");
        browser.clickLink("Không, quay lại hồ sơ");
        assertThat(browser.mainText()).contains("Bạn đã hoàn thành 2 trên 4 phần");

        browser.clickLink("Xoá hồ sơ chưa gửi này và làm lại từ đầu").press("Xoá hồ sơ");
        assertThat(browser.path()).isEqualTo("/apply/" + BIRTH_REGISTRATION);
        assertThat(browser.mainText()).contains("Bạn đã hoàn thành 0 trên 4 phần");
        assertThat(browser.findAll("a[href$='/discard']")).isEmpty();
        browser.open("/my/dossiers");
        assertThat(browser.findAll(".my-drafts")).isEmpty();

        // a draft of a procedure no longer offered online can only be deleted
        jdbc.sql("""
                insert into application_draft (owner, procedure_code, content, updated_at)
                values (?, '9.999999.000.00.00.H29', '{"answers":{}}', now())""").params("CITIZEN:" + KHANG).update();
        browser.open("/my/dossiers");
        assertThat(browser.find(".my-drafts a").getAttribute("href")).endsWith("/apply/9.999999.000.00.00.H29/discard");
        browser.follow(".my-drafts a").press("Xoá hồ sơ");
        assertThat(browser.path()).isEqualTo("/my/dossiers");
        assertThat(browser.findAll(".my-drafts")).isEmpty();
    }

    @Test
    void aFeeOwedAtSubmissionIsPaidAtTheDemoGatewayAndGivesAnEReceipt(WebBrowser browser) throws Exception {
        // signature certification: 10.000 đ paid with the submission; this time without the registries
        String procedure = "2.000884.000.00.00.H29";
        startAndLogIn(browser, procedure, KHANG);
        withoutRegistriesAt(browser, "ben-thanh", "0912345678");
        browser.clickLink("Trả lời các câu hỏi của tờ khai");
        browser.fill("documentTitle", "Giấy ủy quyền nhận lương hưu").find("#signatureType").click();
        browser.fill("pageCount", "abc").press("Tiếp tục");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#pageCount");
        browser.fill("pageCount", "2").press("Tiếp tục");
        browser.fill("signatories", "1").press("Tiếp tục");
        browser.clickLink("Tải lên giấy tờ");
        Path pdf = Files.write(Files.createTempFile("giay-uy-quyen", ".pdf"),
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        browser.find("#document-to-sign").sendKeys(pdf.toString());
        browser.press("Tiếp tục").clickLink("Kiểm tra và gửi hồ sơ");
        assertThat(browser.mainText()).contains("Phí chứng thực chữ ký", "10.000 đ");
        browser.press("Đồng ý và gửi hồ sơ");

        assertThat(browser.mainText()).contains("Số tiền phải nộp: 10.000 đ");
        String code = browser.find(".panel strong").getText();
        browser.press("Thanh toán ngay");
        assertThat(browser.path()).startsWith("/demo-gateway/bills/");
        browser.assertAccessible().press("Thanh toán");
        assertThat(browser.path()).startsWith("/payments/");
        assertThat(browser.mainText()).contains("Đã thanh toán");
        browser.assertAccessible();
        String receiptHref = browser.find("a[href$='receipt.pdf']").getAttribute("href");
        assertThat(receiptHref).contains("/my/payments/");
        HttpResponse<byte[]> receipt = fetch(browser, receiptHref);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(new String(receipt.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

        JsonNode dossier = ApiClient.as(port, "ben-thanh.reception").get("/api/v1/dossiers/" + code).json();
        assertThat(dossier.get("feePaidOnline").asBoolean()).isTrue();
    }

    /** A GET with the browser's session cookie (the PDF itself is not shown in headless chromium). */
    static HttpResponse<byte[]> fetch(WebBrowser browser, String url) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : browser.driver().manage().getCookies()) {
            cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies.toString()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anApplicationNeedsTheEidLogin(WebBrowser browser) {
        browser.open("/apply/" + BIRTH_REGISTRATION);
        assertThat(browser.path()).startsWith("/login");
        browser.open("/apply/9.999999.000.00.00.H29");
        assertThat(browser.path()).startsWith("/login");
    }
}
