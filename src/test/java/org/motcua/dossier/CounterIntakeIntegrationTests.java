package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.Browser;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.CounterIntakeFixtures.KHANG;
import static org.motcua.dossier.CounterIntakeFixtures.NOBODY;
import static org.motcua.dossier.CounterIntakeFixtures.base;
import static org.motcua.dossier.DossierFixtures.MARITAL_STATUS;

/**
 * The bad inputs of counter intake, through the pages over real HTTP (staff form login, CSRF, session): each comes
 * back as the page again with its error summary and nothing typed lost. The desks used here (Bình Phú, Phú Lâm, Tân
 * Mỹ) are used by no other test.
 */
@PlatformTest
class CounterIntakeIntegrationTests {

    private static final String M = base(MARITAL_STATUS);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private CounterIntakeFixtures desk(String user) {
        return CounterIntakeFixtures.loggedIn(port, user);
    }

    @Test
    void onlyOfficialsOfADeskSeeTheLinkAndTheOthersGetThe403Page() {
        // given a specialist and a desk official
        CounterIntakeFixtures processor = desk("binh-phu.processor");
        CounterIntakeFixtures reception = desk("binh-phu.reception");

        // then the link is on the desk's home only, and the pages refuse the specialist
        assertThat(reception.get("/staff").body()).contains("href=\"/staff/intake\"");
        assertThat(processor.get("/staff").body()).doesNotContain("/staff/intake");
        for (String path : List.of("/staff/intake", M, M + "/applicant", M + "/check")) {
            Browser.Page refused = processor.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("Bạn không thể tiếp nhận hồ sơ");
        }
        Browser.Page post = processor.post("/staff", M, Map.of("channel", "IN_PERSON", "competentUnit", "phu-lam"));
        assertThat(post.status()).isEqualTo(403);
    }

    @Test
    void theSearchIgnoresDiacriticsAndChannelAndCompetentUnitAreRequired() {
        CounterIntakeFixtures desk = desk("binh-phu.reception");
        Browser.Page found = desk.get("/staff/intake?q=xac+nhan+tinh+trang+hon+nhan");
        assertThat(found.body()).contains("data-code=\"" + MARITAL_STATUS + "\"", "href=\"" + M + "\"");

        desk.get(M);
        Browser.Page missing = desk.post(M, M, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("<title>Lỗi: ", "href=\"#channel\"", "href=\"#competentUnit\"");
        // the desk's own ward is offered as the competent unit; any other ward may be chosen
        assertThat(desk.get(M).body()).contains("<option value=\"binh-phu\" selected>");
    }

    @Test
    void anInvalidIdFormatIsRefusedBesideTheFieldAndWhatWasTypedIsKept() {
        CounterIntakeFixtures desk = desk("binh-phu.reception");
        desk.get(M);
        desk.chose(MARITAL_STATUS, "phu-lam");

        Browser.Page page = desk.post(M + "/applicant", M + "/applicant", Map.of("op", "lookup",
                "personalId", "07909600123", "fullName", "Đặng Văn Tư", "phone", "0987654321"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<title>Lỗi: ", "href=\"#personalId\"", "Số định danh cá nhân gồm đúng 12 chữ số",
                "value=\"07909600123\"", "value=\"Đặng Văn Tư\"", "value=\"0987654321\"");
        Browser.Page letters = desk.post(M + "/applicant", M + "/applicant", Map.of("op", "continue",
                "personalId", "07909600123a", "fullName", "Đặng Văn Tư", "dateOfBirth", "31/02/1990"));
        assertThat(letters.status()).isEqualTo(400);
        assertThat(letters.body()).contains("href=\"#personalId\"", "href=\"#dateOfBirth\"", "value=\"31/02/1990\"");
    }

    @Test
    void aPersonTheRegistryDoesNotKnowIsTypedByHandAndTheReadIsLoggedWithTheOfficial() {
        CounterIntakeFixtures desk = desk("tan-my.reception");
        long before = readsOf(NOBODY, "tan-my.reception");
        desk.get(M);
        desk.chose(MARITAL_STATUS, "phu-lam");

        Browser.Page looked = desk.post(M + "/applicant", M + "/applicant", Map.of("op", "lookup",
                "personalId", NOBODY, "fullName", "Lý Thị Mười"));

        assertThat(looked.uri().getPath()).isEqualTo(M + "/applicant");
        assertThat(looked.body()).contains("Cơ sở dữ liệu không có số định danh",
                "hồ sơ sẽ ghi rõ thông tin này không lấy từ cơ sở dữ liệu", "value=\"Lý Thị Mười\"");
        JsonNode log = ApiClient.as(port, "city.auditor").get("/api/v1/registry/access-log?subject=" + NOBODY
                + "&reader=tan-my.reception").json();
        assertThat(log.get("total").asLong()).isEqualTo(before + 1);
        JsonNode read = log.get("items").get(0);
        assertThat(read.get("purpose").asString()).isEqualTo("counter-intake:" + MARITAL_STATUS);
        assertThat(read.get("readerKind").asString()).isEqualTo("staff");
        assertThat(read.get("outcome").asString()).isEqualTo("not_found");

        // the official types the details from the papers; the check page says they are not from the registry
        desk.typedApplicant(MARITAL_STATUS, NOBODY, "Lý Thị Mười");
        desk.answeredMaritalStatus();
        Browser.Page check = desk.upload(MARITAL_STATUS, Map.of());
        assertThat(check.uri().getPath()).isEqualTo(M + "/check");
        assertThat(check.body()).contains("Lý Thị Mười", "Không có trong cơ sở dữ liệu: nhập theo giấy tờ");
    }

    @Test
    void aPersonTheRegistryKnowsIsShownWithItsSourceAndTheOfficialMayCorrectIt() {
        CounterIntakeFixtures desk = desk("tan-my.reception");
        long before = readsOf(KHANG, "tan-my.reception");
        desk.get(M);
        desk.chose(MARITAL_STATUS, "phu-lam");

        Browser.Page looked = desk.post(M + "/applicant", M + "/applicant", Map.of("op", "lookup",
                "personalId", KHANG, "phone", "0901234567"));

        assertThat(looked.body()).contains("Đã tìm thấy trong population (demo data)", "value=\"Trần Minh Khang\"",
                "value=\"0901234567\"");
        assertThat(readsOf(KHANG, "tan-my.reception")).isEqualTo(before + 1);
        // the address is corrected at the desk: the check page tells confirmed from corrected values
        String dob = between(looked.body(), "id=\"dateOfBirth\" name=\"dateOfBirth\" type=\"text\" value=\"", "\"");
        desk.post(M + "/applicant", M + "/applicant", Map.of("op", "continue", "personalId", KHANG,
                "fullName", "Trần Minh Khang", "dateOfBirth", dob, "phone", "0901234567",
                "address", "Nhà trọ 9 Hai Bà Trưng, Phường Sài Gòn"));
        desk.answeredMaritalStatus();
        Browser.Page check = desk.upload(MARITAL_STATUS, Map.of());
        assertThat(check.body()).contains("Từ population (demo data), cán bộ đã đối chiếu",
                "Cán bộ đã sửa so với population (demo data)");
    }

    @Test
    void formDataNotMatchingTheSchemaListsEachFieldAndKeepsTheAnswers() {
        CounterIntakeFixtures desk = desk("binh-phu.reception");
        desk.get(M);
        desk.chose(MARITAL_STATUS, "phu-lam");
        desk.typedApplicant(MARITAL_STATUS, CounterIntakeFixtures.randomPersonalId(), "Hồ Văn Bảy");

        Browser.Page page = desk.post(M + "/form", M + "/form", Map.of("purpose", "not-a-purpose",
                "purposeDetail", "Để làm hồ sơ du học", "copies", "ba", "periodFrom", "32/13/2020"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<title>Lỗi: ", "href=\"#currentStatus\"", "href=\"#purpose\"",
                "href=\"#copies\"", "href=\"#periodFrom\"", "value=\"Để làm hồ sơ du học\"", "value=\"ba\"",
                "value=\"32/13/2020\"");
        // and the uploads and check pages wait until the form is right
        assertThat(desk.get(M + "/check").uri().getPath()).isEqualTo(M + "/form");
    }

    @Test
    void anOversizedScanIs413AndAWrongTypeIs415OnThePageWithTheDraftKept() {
        CounterIntakeFixtures desk = desk("binh-phu.reception");
        desk.get(M);
        desk.chose(MARITAL_STATUS, "phu-lam");
        desk.typedApplicant(MARITAL_STATUS, CounterIntakeFixtures.randomPersonalId(), "Mai Thị Tám");
        desk.answeredMaritalStatus();
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);

        Browser.Page tooBig = desk.upload(MARITAL_STATUS, Map.of("divorce-judgment", Map.entry("ban-an.pdf", big)));

        assertThat(tooBig.status()).as(tooBig.toString().substring(0, 200)).isEqualTo(413);
        assertThat(tooBig.contentType()).startsWith("text/html");
        assertThat(tooBig.body()).contains("<title>Lỗi: ", "class=\"error-summary\"", "Tệp lớn hơn 20 MB");

        Browser.Page disguised = desk.upload(MARITAL_STATUS, Map.of("divorce-judgment",
                Map.entry("ban-an.pdf", "MZ this is an executable, not a PDF".getBytes()),
                "previous-certificate", Map.entry("cu.pdf", DossierFixtures.pdf("giay cu"))));
        assertThat(disguised.status()).isEqualTo(415);
        assertThat(disguised.body()).contains("href=\"#divorce-judgment\"", "Tệp phải là PDF, PNG hoặc JPG",
                "Đã nhận: cu.pdf");

        // nothing typed was lost
        assertThat(desk.get(M + "/applicant").body()).contains("value=\"Mai Thị Tám\"");
        assertThat(desk.get(M + "/form").body()).contains("value=\"never-married\" checked");
    }

    @Test
    void aDoubleSubmitAndABrowserResubmitMakeOneDossier() throws Exception {
        CounterIntakeFixtures desk = desk("binh-phu.reception");
        String personalId = desk.atCheck("phu-lam");
        Browser.Page check = desk.get(M + "/check");
        Map<String, String> form = Map.of("_csrf", check.hidden("_csrf"), "key", check.hidden("key"));

        // a double click: two posts of the same form at once
        CompletableFuture<Browser.Page> first = CompletableFuture.supplyAsync(() -> desk.browser.post(
                desk.url(M + "/check"), form));
        CompletableFuture<Browser.Page> second = CompletableFuture.supplyAsync(() -> desk.browser.post(
                desk.url(M + "/check"), form));
        String code = CounterIntakeFixtures.codeOf(first.get());
        assertThat(CounterIntakeFixtures.codeOf(second.get())).isEqualTo(code);
        // the browser's back button and the same form again
        assertThat(CounterIntakeFixtures.codeOf(desk.browser.post(desk.url(M + "/check"), form))).isEqualTo(code);

        assertThat(jdbc.sql("select count(*) from dossier where applicant_personal_id = :id")
                .param("id", personalId).query(Long.class).single()).isEqualTo(1);
        Browser.Page done = desk.get("/staff/intake/done/" + code);
        assertThat(done.body()).contains(code, "Đã tiếp nhận", "/api/v1/dossiers/" + code + "/forms/01");
    }

    @Test
    void aCityDepartmentsProcedureNeedsNoWardAndTheFeeStillOwedIsShown() {
        String procedure = "2.001827.000.00.00.H29"; // food safety: the city's food-safety board, 700,000 đ
        String base = base(procedure);
        CounterIntakeFixtures desk = desk("binh-phu.reception");
        Browser.Page step = desk.get(base);
        assertThat(step.body()).doesNotContain("id=\"competentUnit\"").contains("Ban Quản lý An toàn thực phẩm");
        Browser.Page applicant = desk.post(base, base, Map.of("channel", "POSTAL"));
        assertThat(applicant.uri().getPath()).isEqualTo(base + "/applicant");
        String personalId = CounterIntakeFixtures.randomPersonalId();
        desk.typedApplicant(procedure, personalId, "Quách Văn Chín");
        Browser.Page uploads = desk.post(base + "/form", base + "/form", Map.of("establishment-name", "Quán Cơm Chín",
                "establishment-address", "9 Bùi Viện, Phường Bến Thành", "owner-fullName", "Quách Văn Chín",
                "owner-personalId", personalId, "businessType", "restaurant", "mealsPerService", "80"));
        assertThat(uploads.uri().getPath()).as(uploads.toString()).isEqualTo(base + "/uploads");
        Browser.Page missing = desk.upload(procedure, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("href=\"#facilities-description\"", "href=\"#staff-health-training\"");
        Browser.Page check = desk.upload(procedure, Map.of(
                "facilities-description", Map.entry("thuyet-minh.pdf", DossierFixtures.pdf("thuyet minh")),
                "staff-health-training", Map.entry("suc-khoe.pdf", DossierFixtures.pdf("suc khoe"))));
        assertThat(check.uri().getPath()).isEqualTo(base + "/check");

        Browser.Page done = desk.browser.post(desk.url(base + "/check"), Map.of("_csrf", check.hidden("_csrf"),
                "key", check.hidden("key")));

        String code = CounterIntakeFixtures.codeOf(done);
        assertThat(done.body()).contains("Đã tiếp nhận", "Người nộp còn phải nộp phí, lệ phí: 700.000 đ",
                "href=\"/staff/dossiers/" + code + "\"");
        JsonNode dossier = ApiClient.as(port, "binh-phu.reception").get("/api/v1/dossiers/" + code).json();
        assertThat(dossier.get("status").get("code").asInt()).isEqualTo(2);
        assertThat(dossier.get("channel").asString()).isEqualTo("POSTAL");
        assertThat(dossier.get("receivingUnit").asString()).isEqualTo("binh-phu");
        assertThat(dossier.get("competentUnit").asString()).isEqualTo("ban-quan-ly-an-toan-thuc-pham");
        assertThat(dossier.get("components").findValuesAsString("componentId"))
                .containsExactlyInAnyOrder("facilities-description", "staff-health-training");
    }

    @Test
    void aListInTheFormIsAskedItemByItemAndAMissingItemLinksToItsField() {
        // the judicial record's residences since the age of 14 are a list: asked on the form, each item's fields checked
        String procedure = DossierFixtures.JUDICIAL_RECORD;
        String base = base(procedure);
        CounterIntakeFixtures desk = desk("tan-my.reception");
        desk.get(base);
        desk.post(base, base, Map.of("channel", "IN_PERSON"));
        String personalId = CounterIntakeFixtures.randomPersonalId();
        desk.typedApplicant(procedure, personalId, "Kha Thị Mười Một");
        Map<String, String> answers = new java.util.HashMap<>(Map.of("applicant-fullName", "Kha Thị Mười Một",
                "applicant-personalId", personalId, "applicant-birthDate", "11/11/1991", "applicant-sex", "female",
                "applicant-placeOfBirth", "Cần Thơ", "applicant-nationality", "Việt Nam",
                "applicant-residence", "11 Lý Tự Trọng", "parents-motherName", "Kha Thị Một",
                "certificateType", "no1", "purpose", "Xin việc"));
        answers.put("certificatesRequested", "1");
        Browser.Page missing = desk.post(base + "/form", base + "/form", answers);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("class=\"error-summary\"", "href=\"#residenceHistory-0-fromDate\"",
                "href=\"#residenceHistory-0-address\"");

        answers.put("residenceHistory-0-fromDate", "11/11/2005");
        answers.put("residenceHistory-0-address", "11 Lý Tự Trọng, Phường Sài Gòn");
        Browser.Page uploads = desk.post(base + "/form", base + "/form", answers);
        assertThat(uploads.uri().getPath()).as(uploads.toString()).isEqualTo(base + "/uploads");
        Browser.Page check = desk.upload(procedure, Map.of());
        assertThat(check.body()).contains("11 Lý Tự Trọng, Phường Sài Gòn");
        assertThat(jdbc.sql("select count(*) from dossier where applicant_personal_id = :id")
                .param("id", personalId).query(Long.class).single()).isZero();
    }

    private long readsOf(String subject, String reader) {
        return ApiClient.as(port, "city.auditor").get("/api/v1/registry/access-log?subject=" + subject
                + "&reader=" + reader).json().get("total").asLong();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
