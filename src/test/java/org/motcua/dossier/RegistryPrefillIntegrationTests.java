package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data instead of documents: Trần Minh Khang logs in with the e-ID and registers the birth of his newborn; the
 * parents' data come from the population registry with his consent, every read is logged, and the dossier records
 * what was reused.
 */
@PlatformTest
class RegistryPrefillIntegrationTests {

    private static final String BIRTH_REGISTRATION = "1.001193.000.00.00.H29";
    private static final String KHANG = "079096001234";
    private static final String BAO_REGISTRIES_DOWN = "079088007007";

    @LocalServerPort
    int port;

    private static Map<String, Object> childForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("childName", "Trần Minh An");
        form.put("birthDate", "2026-11-20");
        form.put("sex", "male");
        form.put("placeOfBirth", "Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh");
        form.put("ethnicity", "Kinh");
        form.put("nationality", "Việt Nam");
        form.put("declarantRelationship", "father");
        return form;
    }

    private static Map<String, Object> submission(String consentId, Map<String, Object> form, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", BIRTH_REGISTRATION);
        body.put("channel", "ONLINE");
        body.put("receivingUnit", "sai-gon");
        body.put("applicant", Map.of("phone", phone));
        body.put("form", form);
        if (consentId != null) {
            body.put("consentId", consentId);
        }
        return body;
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.motcua.identity.EmbeddedOpenIdProvider demoProvider;

    @Test
    void theParentsDataComeFromThePopulationRegistryWithConsentAndTheDossierRecordsTheReuse() {
        // given Khang logged in with the (demo) national e-ID, as a mobile app would: a bearer token
        String token = org.motcua.DemoEid.tokens(port, demoProvider, KHANG).get("access_token").asString();
        ApiClient khang = ApiClient.anonymous(port).header("Authorization", "Bearer " + token);
        // given the offer says what would be read, before anything is read
        JsonNode offer = khang.get("/api/v1/consents/offer?procedure=" + BIRTH_REGISTRATION).json();
        assertThat(offer.get("items").findValuesAsString("registry")).contains("population");
        assertThat(offer.get("textVersion").asString()).isNotBlank();

        // when he consents
        ApiClient.Response consent = khang.post("/api/v1/consents", Map.of("procedureCode", BIRTH_REGISTRATION));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        JsonNode prefilled = consent.json().get("prefilledForm");

        // then the parents are pre-filled from his record (his wife is named in it), each with its source
        assertThat(prefilled.get("father").get("fullName").asString()).isEqualTo("Trần Minh Khang");
        assertThat(prefilled.get("father").get("birthDate").asString()).isEqualTo("1996-04-12");
        assertThat(prefilled.get("mother").get("fullName").asString()).isEqualTo("Lê Thị Ngọc Hân");
        assertThat(prefilled.get("mother").get("personalId").asString()).isEqualTo("079198004321");
        assertThat(prefilled.get("mother").has("birthDate")).as("not in his record: entered by hand").isFalse();
        assertThat(consent.json().get("sources").get("mother.fullName").asString()).contains("population");
        assertThat(consent.json().get("componentsFromRegistry").toString()).contains("declarant-identity");

        // when he submits with the consent, changing nothing that came from the registry
        String consentId = consent.json().get("consentId").asString();
        ApiClient.Response submitted = khang.post("/api/v1/dossiers", submission(consentId, childForm(),
                "0903123456"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        JsonNode dossier = submitted.json();

        // then the dossier holds the registry values, says what was reused, and the applicant came from his record
        assertThat(dossier.get("form").get("mother").get("fullName").asString()).isEqualTo("Lê Thị Ngọc Hân");
        assertThat(dossier.get("applicant").get("fullName").asString()).isEqualTo("Trần Minh Khang");
        JsonNode registry = dossier.get("registry");
        assertThat(registry.get("status").asString()).isEqualTo("REUSED");
        assertThat(registry.get("reusedFields").toString()).contains("form.mother.fullName", "applicant.fullName");

        // and he can flag a value he believes is wrong, which the ward's staff see
        String code = dossier.get("code").asString();
        ApiClient.Response flag = khang.post("/api/v1/dossiers/" + code + "/data-flags",
                Map.of("field", "form.father.birthDate", "comment", "Ngày sinh đúng là 21/04/1996"));
        assertThat(flag.status()).as(flag.toString()).isEqualTo(201);
        JsonNode seenByStaff = ApiClient.as(port, "sai-gon.reception").get("/api/v1/dossiers/" + code).json();
        assertThat(seenByStaff.get("registry").get("flags").get(0).get("comment").asString()).contains("21/04/1996");
        assertThat(seenByStaff.get("registry").get("data").get("values").get("father").get("fullName").asString())
                .isEqualTo("Trần Minh Khang");

        // and "who looked at my data" shows the read, with the purpose
        JsonNode access = khang.get("/api/v1/me/data-access").json();
        assertThat(access.toString()).contains("prefill:" + BIRTH_REGISTRATION);

        // a consent is used once
        ApiClient.Response again = khang.post("/api/v1/dossiers", submission(consentId, childForm(), "0903123456"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("consentId");
    }

    @Test
    void aValueFromTheRegistryCannotBeChangedInTheForm() {
        ApiClient khang = ApiClient.as(port, KHANG);
        String consentId = khang.post("/api/v1/consents", Map.of("procedureCode", BIRTH_REGISTRATION)).json()
                .get("consentId").asString();
        Map<String, Object> form = childForm();
        form.put("mother", Map.of("fullName", "Người Khác"));
        ApiClient.Response response = khang.post("/api/v1/dossiers", submission(consentId, form, "0903123456"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("form.mother.fullName");
    }

    @Test
    void whenTheRegistriesAreDownTheApplicantContinuesByHandAndTheDossierIsMarked() {
        ApiClient bao = ApiClient.as(port, BAO_REGISTRIES_DOWN);
        ApiClient.Response consent = bao.post("/api/v1/consents", Map.of("procedureCode", BIRTH_REGISTRATION));
        assertThat(consent.status()).isEqualTo(201);
        assertThat(consent.json().get("outcomes").findValuesAsString("status")).containsOnly("UNAVAILABLE");
        assertThat(consent.json().get("prefilledForm").size()).isZero();

        Map<String, Object> form = childForm();
        form.put("mother", Map.of("fullName", "Nguyễn Thị Thu"));
        form.put("father", Map.of("fullName", "Phạm Quốc Bảo"));
        Map<String, Object> body = submission(consent.json().get("consentId").asString(), form, "0908765432");
        body.put("applicant", Map.of("personalId", BAO_REGISTRIES_DOWN, "fullName", "Phạm Quốc Bảo"));
        body.put("receivingUnit", "binh-thanh");
        ApiClient.Response submitted = bao.post("/api/v1/dossiers", body);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.json().get("registry").get("status").asString()).isEqualTo("UNAVAILABLE");
    }

    @Test
    void onlyTheApplicantConsentsAndOnlyToTheirOwnConsent() {
        assertThat(ApiClient.as(port, "sai-gon.reception").post("/api/v1/consents",
                Map.of("procedureCode", BIRTH_REGISTRATION)).status()).isEqualTo(403);
        String consentId = ApiClient.as(port, KHANG).post("/api/v1/consents",
                Map.of("procedureCode", BIRTH_REGISTRATION)).json().get("consentId").asString();
        // his wife cannot use his consent
        ApiClient.Response response = ApiClient.as(port, "079198004321").post("/api/v1/dossiers",
                submission(consentId, childForm(), "0903123456"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("consentId");
        assertThat(ApiClient.as(port, KHANG).post("/api/v1/consents", Map.of("procedureCode", "9.999999.000.00.00.H29"))
                .status()).isEqualTo(404);
    }

    @Test
    void aPersonTheRegistryDoesNotKnowIsToldSoAndEntersTheDataByHand() {
        // a personal ID of another province is never in the demo registry
        ApiClient stranger = ApiClient.as(port, "001099000001");
        ApiClient.Response consent = stranger.post("/api/v1/consents", Map.of("procedureCode", BIRTH_REGISTRATION));
        assertThat(consent.status()).isEqualTo(201);
        JsonNode population = consent.json().get("outcomes").get(0);
        assertThat(population.get("status").asString()).isEqualTo("NOT_FOUND");
        assertThat(population.get("message").asString()).isNotBlank();
        assertThat(consent.json().get("prefilledForm").size()).isZero();
        Map<String, Object> form = childForm();
        form.put("mother", Map.of("fullName", "Đỗ Thị Hoa"));
        Map<String, Object> body = submission(consent.json().get("consentId").asString(), form, "0911222333");
        body.put("applicant", Map.of("personalId", "001099000001", "fullName", "Đỗ Văn Nam"));
        ApiClient.Response submitted = stranger.post("/api/v1/dossiers", body);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.json().get("registry").get("status").asString()).isEqualTo("NOT_FOUND");
    }
}
