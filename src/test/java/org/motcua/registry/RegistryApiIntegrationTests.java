package org.motcua.registry;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.registry.DemoPeople.BAO_OUTAGE;
import static org.motcua.registry.DemoPeople.HAN;
import static org.motcua.registry.DemoPeople.KHANG;
import static org.motcua.registry.DemoPeople.NOBODY;
import static org.motcua.registry.DemoPeople.TUNG_ENTERPRISE;
import static org.motcua.registry.DemoPeople.TUYET_WIDOW;

/** The registry API: counter look-ups, "who looked at my data" and the auditor's search. */
@PlatformTest
class RegistryApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Registries registries;

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    @Test
    void theCounterLooksUpAPersonForAStatedPurposeAndSeesTheSource() {
        String purpose = "000.20.14.H29-" + UUID.randomUUID();

        ApiClient.Response response = as("sai-gon.reception").get("/api/v1/registry/population/" + KHANG
                + "?purpose=" + purpose + "&fields=fullName,household");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("source").asString()).isEqualTo("population (demo data)");
        assertThat(body.get("readAt").asString()).isNotBlank();
        assertThat(body.get("record").get("fullName").asString()).isEqualTo("Trần Minh Khang");
        assertThat(body.get("record").get("household").get("members").findValuesAsString("personalId"))
                .containsExactly(KHANG, HAN);
        JsonNode logged = as("city.auditor").get("/api/v1/registry/access-log?purpose=" + purpose).json();
        assertThat(logged.get("total").asLong()).isEqualTo(1);
        assertThat(strings(logged.get("items").get(0).get("fields"))).containsExactly("fullName", "household");
        assertThat(as("ben-thanh.processor").get("/api/v1/registry/civil-status/" + KHANG + "?purpose=" + purpose)
                .json().get("record").findValuesAsString("kind")).containsExactly("BIRTH", "MARRIAGE");
        assertThat(as("ben-thanh.processor").get("/api/v1/registry/business/" + TUNG_ENTERPRISE + "?purpose="
                + purpose).json().get("record").get("kind").asString()).isEqualTo("ENTERPRISE");
    }

    @Test
    void aCounterLookUpWithoutPurposeIs400NamingPurpose() {
        for (String query : new String[]{"", "?purpose=", "?purpose=%20%20"}) {
            ApiClient.Response response = as("sai-gon.reception").get("/api/v1/registry/population/" + KHANG + query);

            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().get("code").asString()).isEqualTo("invalid-parameter");
            assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("purpose");
        }
        ApiClient.Response badId = as("sai-gon.reception").get("/api/v1/registry/population/12345?purpose=x");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("errors").findValuesAsString("field")).containsExactly("personalId");
    }

    @Test
    void aPersonNotInTheRegistryIs404WithTheManualPath() {
        ApiClient.Response response = as("sai-gon.reception").get("/api/v1/registry/population/" + NOBODY
                + "?purpose=test");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("registry-record-not-found");
        assertThat(response.json().get("detail").asString()).contains(NOBODY).contains("enter the details by hand");
    }

    @Test
    void anUnavailableRegistryIs503RegistryUnavailable() {
        ApiClient.Response response = as("sai-gon.reception").get("/api/v1/registry/population/" + BAO_OUTAGE
                + "?purpose=test");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().get("code").asString()).isEqualTo("registry-unavailable");
        assertThat(response.json().get("detail").asString()).contains("by hand").doesNotContain("demo:");
    }

    @Test
    void counterLookUpsAreForReceptionAndProcessingStaffOnly() {
        String path = "/api/v1/registry/population/" + KHANG + "?purpose=test";
        assertThat(as("sai-gon.leader").get(path).status()).isEqualTo(403);
        assertThat(as("city.auditor").get(path).status()).isEqualTo(403);
        assertThat(as(KHANG).get(path).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get(path).status()).isEqualTo(401);
    }

    @Test
    void aCitizenSeesWhoLookedAtTheirDataAndOnlyTheirs() {
        // given reads of Tuyết's data by staff and by herself, and of another person's
        String purpose = "000.20.129.H29-" + UUID.randomUUID();
        as("cu-chi.reception").get("/api/v1/registry/population/" + TUYET_WIDOW + "?purpose=" + purpose);
        registries.civilStatus(TUYET_WIDOW, ReadContext.citizen(TUYET_WIDOW, "prefill:" + purpose, "kind"));
        as("cu-chi.reception").get("/api/v1/registry/population/" + KHANG + "?purpose=" + purpose);

        // when
        ApiClient.Response response = as(TUYET_WIDOW).get("/api/v1/me/data-access?size=50");

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode items = response.json().get("items");
        assertThat(items.findValuesAsString("purpose")).contains(purpose, "prefill:" + purpose);
        JsonNode byStaff = find(items, purpose);
        assertThat(byStaff.get("reader").get("kind").asString()).isEqualTo("staff");
        assertThat(byStaff.get("reader").get("name").asString()).isEqualTo("Tiếp nhận – Xã Củ Chi");
        assertThat(byStaff.get("reader").get("unit").asString()).isEqualTo("Xã Củ Chi");
        assertThat(byStaff.get("registry").asString()).isEqualTo("population");
        assertThat(byStaff.get("outcome").asString()).isEqualTo("found");
        assertThat(byStaff.get("at").asString()).isNotBlank();
        JsonNode bySelf = find(items, "prefill:" + purpose);
        assertThat(bySelf.get("reader").get("self").asBoolean()).isTrue();
        assertThat(bySelf.get("reader").get("name").asString()).isEqualTo("the applicant themself");
        assertThat(strings(bySelf.get("fields"))).containsExactly("kind");
        assertThat(response.body()).doesNotContain(KHANG).doesNotContain("cu-chi.reception");
        assertThat(as(KHANG).get("/api/v1/me/data-access?size=200").json().get("items")
                .findValuesAsString("purpose")).contains(purpose).doesNotContain("prefill:" + purpose);
    }

    @Test
    void myDataAccessIs401AnonymousAnd403ForStaffAndPaged() {
        assertThat(ApiClient.anonymous(port).get("/api/v1/me/data-access").status()).isEqualTo(401);
        ApiClient.Response staff = as("sai-gon.reception").get("/api/v1/me/data-access");
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(as("city.auditor").get("/api/v1/me/data-access").status()).isEqualTo(403);

        for (int i = 0; i < 3; i++) {
            registries.person(HAN, ReadContext.system("test", "paging-" + i));
        }
        JsonNode page = as(HAN).get("/api/v1/me/data-access?page=1&size=2").json();
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("items").size()).isBetween(1, 2);
        assertThat(as(HAN).get("/api/v1/me/data-access?size=500").status()).isEqualTo(400);
    }

    @Test
    void theAuditorSearchesByReaderSubjectPurposeAndTime() {
        // given
        String tag = UUID.randomUUID().toString();
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        as("ben-thanh.reception").get("/api/v1/registry/population/" + KHANG + "?purpose=audit-" + tag + "-a");
        as("ben-thanh.processor").get("/api/v1/registry/population/" + HAN + "?purpose=audit-" + tag + "-b");
        as("ben-thanh.processor").get("/api/v1/registry/population/" + KHANG + "?purpose=audit-" + tag + "-c");

        // when / then
        JsonNode byPrefix = search("purpose=audit-" + tag + "-*");
        assertThat(byPrefix.get("total").asLong()).isEqualTo(3);
        assertThat(byPrefix.get("items").findValuesAsString("purpose")).as("newest first")
                .containsExactly("audit-" + tag + "-c", "audit-" + tag + "-b", "audit-" + tag + "-a");
        assertThat(search("purpose=audit-" + tag + "-*&reader=ben-thanh.processor").get("total").asLong())
                .isEqualTo(2);
        assertThat(search("purpose=audit-" + tag + "-*&subject=" + KHANG).get("items").findValuesAsString("readerId"))
                .containsExactly("ben-thanh.processor", "ben-thanh.reception");
        assertThat(search("purpose=audit-" + tag + "-b").get("items").get(0).get("subjectId").asString())
                .isEqualTo(HAN);
        assertThat(search("purpose=audit-" + tag + "-*&from=" + before).get("total").asLong()).isEqualTo(3);
        assertThat(search("purpose=audit-" + tag + "-*&to=" + before).get("total").asLong()).isZero();
        assertThat(search("purpose=audit-" + tag + "-*&from=2020-01-01&to=2020-12-31").get("total").asLong())
                .isZero();
        ApiClient.Response badDate = as("city.auditor").get("/api/v1/registry/access-log?from=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").findValuesAsString("field")).containsExactly("from");
    }

    @Test
    void onlyTheCityAuditorAndAdministratorSearchTheLog() {
        String path = "/api/v1/registry/access-log?size=1";
        assertThat(as("city.auditor").get(path).status()).isEqualTo(200);
        assertThat(as("city.admin").get(path).status()).isEqualTo(200);
        assertThat(as("sai-gon.admin").get(path).status()).isEqualTo(403);
        assertThat(as("sai-gon.reception").get(path).status()).isEqualTo(403);
        assertThat(as(KHANG).get(path).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get(path).status()).isEqualTo(401);
    }

    private JsonNode search(String query) {
        ApiClient.Response response = as("city.auditor").get("/api/v1/registry/access-log?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static java.util.List<String> strings(JsonNode array) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static JsonNode find(JsonNode items, String purpose) {
        for (JsonNode item : items) {
            if (purpose.equals(item.get("purpose").asString())) {
                return item;
            }
        }
        throw new AssertionError("no entry with purpose " + purpose + " in " + items);
    }
}
