package org.motcua.dossier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.motcua.ApiClient;
import org.motcua.web.BrowserTest;
import org.motcua.web.WebBrowser;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.ApplyBrowserTests.BIRTH_REGISTRATION;
import static org.motcua.dossier.ApplyBrowserTests.KHANG;
import static org.motcua.dossier.ApplyBrowserTests.startAndLogIn;
import static org.motcua.dossier.ApplyBrowserTests.withoutRegistriesAt;

/**
 * The question pages built from a procedure's form: in English they ask the schema's English titles and options; a
 * list of objects (the parties to a contract) is answered item by item with "add another" and "remove", each item's
 * errors linking to its own field, and the check page lists every item.
 */
@BrowserTest
class ApplyFormFieldsBrowserTests {

    /** Certification of a contract: its parties are a list. */
    static final String CONTRACT_CERTIFICATION = "2.001035.000.00.00.H29";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Drafts are kept across sessions: each test starts Khang's applications afresh. */
    @BeforeEach
    void noApplicationStarted() {
        ApplyBrowserTests.forgetDrafts(jdbc);
    }

    @Test
    void theEnglishQuestionPagesAskTheFormsEnglishTitles(WebBrowser browser) throws Exception {
        startAndLogIn(browser, BIRTH_REGISTRATION, KHANG);
        browser.open("/apply/" + BIRTH_REGISTRATION + "?lang=en");
        browser.clickLink("Use data from the national databases").find("#consent-no").click();
        browser.press("Continue");
        browser.clickLink("Where to apply and your phone number");
        new Select(browser.find("#unit")).selectByValue("sai-gon");
        browser.fill("phone", "0903123456").press("Continue");

        // page 1: English labels and options; the error summary names the fields in English
        browser.clickLink("Answer the questions of the form").assertAccessible();
        assertThat(browser.find("label[for='childName']").getText()).isEqualTo("Child's full name");
        assertThat(browser.find("label[for='birthDate']").getText()).isEqualTo("Date of birth");
        assertThat(browser.mainText()).contains("Sex", "Male", "Female").doesNotContain("Giới tính", "Nam", "Nữ");
        browser.press("Continue");
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.find(".error-summary").getText()).contains("Child's full name: Enter an answer",
                "Sex: Select an answer");
        browser.assertAccessible();
        browser.fill("childName", "Trần Minh An").fill("birthDate", "20/11/2026").find("#sex").click();
        browser.press("Continue");
        assertThat(browser.mainText()).contains("Place of birth", "Ethnicity", "Nationality");
        browser.fill("placeOfBirth", "Bệnh viện Từ Dũ").fill("ethnicity", "Kinh").fill("nationality", "Việt Nam")
                .press("Continue");
        assertThat(browser.mainText()).contains("Relationship of the person registering to the child",
                "Other relative", "Guardian", "Place of origin (hometown)");
        browser.find("#declarantRelationship-father").click();
        browser.press("Continue");
        // the mother's page: its title and fields in English
        assertThat(browser.find("h1").getText()).isEqualTo("The mother");
        assertThat(browser.find("label[for='mother-fullName']").getText()).startsWith("Full name");
        browser.assertAccessible();
        browser.fill("mother-fullName", "Lê Thị Ngọc Hân").press("Continue");
        assertThat(browser.find("h1").getText()).isEqualTo("The father");
        browser.press("Continue");

        browser.clickLink("Upload documents");
        browser.find("#medical-birth-certificate").sendKeys(pdf("giay-chung-sinh").toString());
        browser.press("Continue");

        // check your answers: English labels, with the group of each field, and English option texts
        browser.clickLink("Check and submit").assertAccessible();
        assertThat(browser.mainText()).contains("Child's full name", "The mother: Full name", "Lê Thị Ngọc Hân",
                "Male", "Father").doesNotContain("Họ, chữ đệm và tên", "Thông tin người mẹ");
    }

    @Test
    void aListIsAnsweredItemByItemWithAddAnotherAndRemove(WebBrowser browser) throws Exception {
        startAndLogIn(browser, CONTRACT_CERTIFICATION, KHANG);
        withoutRegistriesAt(browser, "ben-thanh", "0912345678");
        browser.clickLink("Trả lời các câu hỏi của tờ khai");
        browser.find("#requestKind").click();
        browser.find("#contractType-house-sale").click();
        browser.fill("propertyDescription", "Nhà ở số 12 Lê Lợi, phường Sài Gòn").press("Tiếp tục");
        browser.fill("contractValueVnd", "1500000000").press("Tiếp tục");

        // the parties: one empty item to start with; continuing empty links each error to the item's field
        assertThat(browser.find("h1").getText()).isEqualTo("Các bên tham gia hợp đồng, giao dịch");
        assertThat(browser.findAll("fieldset.list-item")).hasSize(1);
        browser.assertAccessible().press("Tiếp tục");
        assertThat(browser.title()).startsWith("Lỗi: ");
        assertThat(browser.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#parties-0-fullName"))
                .anySatisfy(h -> assertThat(h).endsWith("#parties-0-role"));
        browser.assertAccessible();

        // first party, then "add another" keeps it and offers a second; a third is added and removed again
        browser.fill("parties-0-fullName", "Nguyễn Văn Bình").find("#parties-0-role").click();
        browser.press("Thêm mục khác");
        assertThat(browser.findAll("fieldset.list-item")).hasSize(2);
        assertThat(browser.find("#parties-0-fullName").getAttribute("value")).isEqualTo("Nguyễn Văn Bình");
        browser.fill("parties-1-fullName", "Trần Thị Cúc").fill("parties-1-personalId", "0791850001112222")
                .find("#parties-1-role-transferee").click();
        browser.press("Thêm mục khác").fill("parties-2-fullName", "Người thừa");
        browser.follow("button[name='remove'][value='2']");
        assertThat(browser.findAll("fieldset.list-item")).hasSize(2);
        assertThat(browser.mainText()).doesNotContain("Người thừa");
        browser.assertAccessible();

        // the second party's ID is too long: the error names the item and links to its field
        browser.press("Tiếp tục");
        assertThat(browser.findAll(".error-summary a")).hasSize(1);
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#parties-1-personalId");
        assertThat(browser.find(".error-summary a").getText()).startsWith("Mục 2, Số định danh cá nhân");
        assertThat(browser.find("#parties-1-fullName").getAttribute("value")).isEqualTo("Trần Thị Cúc");
        browser.assertAccessible();
        browser.fill("parties-1-personalId", "079185000111").press("Tiếp tục");
        assertThat(browser.path()).isEqualTo("/apply/" + CONTRACT_CERTIFICATION);

        browser.clickLink("Tải lên giấy tờ");
        browser.find("#draft-contract").sendKeys(pdf("du-thao-hop-dong").toString());
        browser.find("#property-papers").sendKeys(pdf("giay-chung-nhan").toString());
        browser.press("Tiếp tục");

        // check your answers: each item's fields, with a change link to the item's field
        browser.clickLink("Kiểm tra và gửi hồ sơ").assertAccessible();
        assertThat(browser.mainText()).contains("Các bên tham gia hợp đồng, giao dịch, mục 1: Họ, chữ đệm và tên",
                "Nguyễn Văn Bình", "Bên chuyển quyền", "Các bên tham gia hợp đồng, giao dịch, mục 2: Tư cách tham gia",
                "Trần Thị Cúc", "Bên nhận quyền", "Mua bán nhà ở");
        browser.follow("a[href$='#parties-1-fullName']");
        browser.fill("parties-1-fullName", "Trần Thị Cúc Phương").press("Tiếp tục");
        assertThat(browser.path()).isEqualTo("/apply/" + CONTRACT_CERTIFICATION + "/check");
        browser.press("Đồng ý và gửi hồ sơ");

        // the dossier's form data holds the list
        String code = browser.find(".panel strong").getText();
        JsonNode parties = ApiClient.as(port, "ben-thanh.reception").get("/api/v1/dossiers/" + code).json()
                .get("form").get("parties");
        assertThat(parties.size()).isEqualTo(2);
        assertThat(parties.get(0).get("fullName").asString()).isEqualTo("Nguyễn Văn Bình");
        assertThat(parties.get(0).get("role").asString()).isEqualTo("transferor");
        assertThat(parties.get(1).get("fullName").asString()).isEqualTo("Trần Thị Cúc Phương");
        assertThat(parties.get(1).get("personalId").asString()).isEqualTo("079185000111");
        assertThat(parties.get(1).get("role").asString()).isEqualTo("transferee");

        // and the ward's desk reads it with the form's titles and option texts, not the field names
        browser.driver().manage().deleteAllCookies();
        browser.desktop().open("/staff/login").fill("username", "ben-thanh.reception").fill("password", "demo")
                .press("Đăng nhập");
        browser.open("/staff/dossiers/" + code);
        assertThat(browser.mainText()).contains("Các bên tham gia hợp đồng, giao dịch, mục 2: Họ, chữ đệm và tên",
                "Trần Thị Cúc Phương", "Bên nhận quyền", "Loại hợp đồng, giao dịch", "Mua bán nhà ở")
                .doesNotContain("parties[2].fullName", "house-sale");
        browser.assertAccessible();
    }

    private static Path pdf(String name) throws Exception {
        return Files.write(Files.createTempFile(name, ".pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
    }
}
