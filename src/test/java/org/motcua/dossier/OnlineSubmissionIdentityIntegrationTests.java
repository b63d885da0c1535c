package org.motcua.dossier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.Browser;
import org.motcua.DemoEid;
import org.motcua.DemoResidents;
import org.motcua.PlatformTest;
import org.motcua.identity.EmbeddedOpenIdProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.dossier.DossierFixtures.maritalStatusAtDesk;
import static org.motcua.dossier.DossierFixtures.with;

/**
 * Online submission with an e-ID: only for oneself, and fully online procedures (toàn trình) only with identity
 * level 2. Citizens log in through the embedded demo e-ID provider, whose level-1 and level-2 people are real logins.
 */
@PlatformTest
class OnlineSubmissionIdentityIntegrationTests {

    /** Certification of a signature: ward-level, offered partly online (the signing happens at the desk). */
    private static final String SIGNATURE_CERTIFICATION = "2.000884.000.00.00.H29";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedOpenIdProvider demoProvider;

    @BeforeEach
    void residents() {
        DemoResidents.ensure(jdbc);
    }

    private ApiClient citizen(String personalId) {
        return ApiClient.anonymous(port).header("Authorization", "Bearer "
                + DemoEid.tokens(port, demoProvider, personalId).get("access_token").asString());
    }

    private static Map<String, Object> maritalStatusOnline(String personalId) {
        return with(maritalStatusAtDesk("tan-dinh", "tan-dinh", personalId), "channel", "ONLINE");
    }

    private int count(String personalId) {
        return jdbc.sql("select count(*) from dossier where applicant_personal_id = :id").param("id", personalId)
                .query(Integer.class).single();
    }

    @Test
    void levelOneCannotSubmitAFullyOnlineProcedureAndIsToldWhatToDo() {
        int before = count(DemoResidents.LEVEL_1);
        ApiClient.Response response = citizen(DemoResidents.LEVEL_1).post("/api/v1/dossiers",
                maritalStatusOnline(DemoResidents.LEVEL_1));
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asString()).isEqualTo("identity-level-insufficient");
        assertThat(response.json().get("detail").asString()).contains("level 2").contains("VNeID")
                .contains("one-stop desk");
        assertThat(response.json().get("requiredLevel").asInt()).isEqualTo(2);
        assertThat(response.json().get("yourLevel").asInt()).isEqualTo(1);
        assertThat(count(DemoResidents.LEVEL_1)).isEqualTo(before);
    }

    @Test
    void levelTwoSubmitsAFullyOnlineProcedure() {
        ApiClient.Response response = citizen(DemoResidents.LEVEL_2).post("/api/v1/dossiers",
                maritalStatusOnline(DemoResidents.LEVEL_2));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("channel").asString()).isEqualTo("ONLINE");
        assertThat(response.json().get("applicant").get("personalId").asString()).isEqualTo(DemoResidents.LEVEL_2);
    }

    @Test
    void levelOneMaySubmitAProcedureThatIsOnlyPartlyOnline() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", SIGNATURE_CERTIFICATION);
        body.put("channel", "ONLINE");
        body.put("competentUnit", "ben-thanh");
        body.put("receivingUnit", "ben-thanh");
        body.put("applicant", DossierFixtures.applicant(DemoResidents.LEVEL_1, "Phạm Văn Minh"));
        body.put("form", Map.of("documentTitle", "Giấy ủy quyền", "signatureType", "signature", "pageCount", 1));
        ApiClient.Response response = citizen(DemoResidents.LEVEL_1).post("/api/v1/dossiers", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void aTokenWhoseSubjectIsNotTheApplicantIsForbidden() {
        // the level-2 citizen submits in the name of someone else
        ApiClient.Response response = citizen(DemoResidents.LEVEL_2).post("/api/v1/dossiers",
                maritalStatusOnline("079190004242"));
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("applicant-mismatch");
        assertThat(response.json().get("detail").asString()).contains(DemoResidents.LEVEL_2);
        assertThat(count("079190004242")).isZero();
    }

    @Test
    void theBrowserSessionSubmitsWithTheCsrfTokenUnderTheSameRules() {
        Browser browser = DemoEid.browser(port, DemoResidents.LEVEL_1);
        String url = "http://localhost:" + port + "/api/v1/dossiers";
        Map<String, String> csrf = Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        Browser.Page refused = browser.json("POST", url, maritalStatusOnline(DemoResidents.LEVEL_1), csrf);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("identity-level-insufficient");
    }
}
