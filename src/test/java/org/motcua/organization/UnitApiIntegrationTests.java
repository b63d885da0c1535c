package org.motcua.organization;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class UnitApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void listsAll168WardLevelUnitsOfHoChiMinhCity() {
        // when
        JsonNode units = ApiClient.anonymous(port).get("/api/v1/units").json();
        // then
        Map<String, Integer> byType = new HashMap<>();
        units.forEach(u -> byType.merge(u.get("type").asString(), 1, Integer::sum));
        assertThat(byType).containsEntry("ward", 113).containsEntry("commune", 54).containsEntry("special_zone", 1)
                .containsEntry("city", 1).containsEntry("service_center", 1);
        assertThat(byType.get("department")).isGreaterThanOrEqualTo(12);
    }

    @Test
    void filtersByTypeAndShowsSlugNameTypeParent() {
        JsonNode zones = ApiClient.anonymous(port).get("/api/v1/units?type=special_zone").json();
        assertThat(zones).hasSize(1);
        JsonNode conDao = zones.get(0);
        assertThat(conDao.get("slug").asString()).isEqualTo("con-dao");
        assertThat(conDao.get("name").asString()).isEqualTo("Đặc khu Côn Đảo");
        assertThat(conDao.get("parent").asString()).isEqualTo("tp-ho-chi-minh");
    }

    @Test
    void departmentsIncludeJusticeFinanceAndTheCityPolice() {
        JsonNode departments = ApiClient.anonymous(port).get("/api/v1/units?type=department").json();
        assertThat(departments.findValuesAsString("slug"))
                .contains("so-tu-phap", "so-xay-dung", "so-tai-chinh", "so-nong-nghiep-va-moi-truong", "so-noi-vu",
                        "so-y-te", "so-giao-duc-va-dao-tao", "so-cong-thuong", "so-van-hoa-va-the-thao",
                        "so-khoa-hoc-va-cong-nghe", "cong-an-thanh-pho");
    }

    @Test
    void unknownTypeIsABadRequestNamingTheParameter() {
        ApiClient.Response response = ApiClient.anonymous(port).get("/api/v1/units?type=district");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asString()).isEqualTo("invalid-parameter");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
    }

    @Test
    void unknownUnitIsNotFoundProblem() {
        ApiClient.Response response = ApiClient.anonymous(port).get("/api/v1/units/quan-1");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("unit-not-found");
    }

    @Test
    void unitsHaveUniqueAgencyCodes() {
        JsonNode units = ApiClient.anonymous(port).get("/api/v1/units").json();
        assertThat(units.findValuesAsString("agencyCode")).doesNotHaveDuplicates().hasSize(units.size());
    }

    @Test
    void cityAdminChangesAnAgencyCodeAndOthersMayNot() {
        ApiClient.Response denied = ApiClient.as(port, "ben-thanh.admin").put("/api/v1/units/ben-thanh/agency-code",
                Map.of("agencyCode", "000.30.01.H29"));
        assertThat(denied.status()).isEqualTo(403);

        ApiClient.Response bad = ApiClient.as(port, "city.admin").put("/api/v1/units/ben-thanh/agency-code",
                Map.of("agencyCode", "not a code"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("agencyCode");

        ApiClient.Response ok = ApiClient.as(port, "city.admin").put("/api/v1/units/ben-thanh/agency-code",
                Map.of("agencyCode", "000.30.01.H29"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("agencyCode").asString()).isEqualTo("000.30.01.H29");
    }

    @Test
    void aMergerCreatesTheNewUnitAndDissolvesTheOldOneWhoseHistoryStays() {
        ApiClient admin = ApiClient.as(port, "city.admin");
        // given a new unit formed by a merger on 1 January 2030
        ApiClient.Response created = admin.post("/api/v1/units", Map.of("slug", "thanh-an-moi", "type", "commune",
                "name", "Xã Thạnh An Mới", "nameEn", "Thanh An Moi Commune", "agencyCode", "000.29.01.H29",
                "effectiveFrom", "2030-01-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        // when Xã Thạnh An ceases to exist that day, merged into it
        ApiClient.Response dissolved = admin.post("/api/v1/units/thanh-an/dissolution",
                Map.of("effectiveTo", "2030-01-01", "successor", "thanh-an-moi"));
        assertThat(dissolved.status()).as(dissolved.toString()).isEqualTo(200);

        // then each day has its own organisation, and the old unit stays readable
        assertThat(ApiClient.anonymous(port).get("/api/v1/units?type=commune&on=2029-12-31").json()
                .findValuesAsString("slug")).contains("thanh-an").doesNotContain("thanh-an-moi");
        assertThat(ApiClient.anonymous(port).get("/api/v1/units?type=commune&on=2030-01-01").json()
                .findValuesAsString("slug")).contains("thanh-an-moi").doesNotContain("thanh-an");
        JsonNode old = ApiClient.anonymous(port).get("/api/v1/units/thanh-an").json();
        assertThat(old.get("effectiveTo").asString()).isEqualTo("2030-01-01");
        assertThat(old.get("successor").asString()).isEqualTo("thanh-an-moi");

        // and it cannot be dissolved twice
        assertThat(admin.post("/api/v1/units/thanh-an/dissolution", Map.of("effectiveTo", "2031-01-01")).status())
                .isEqualTo(409);
    }

    @Test
    void invalidUnitsAndDissolutionsAreRefusedNamingTheField() {
        ApiClient admin = ApiClient.as(port, "city.admin");
        ApiClient.Response bad = admin.post("/api/v1/units", Map.of("slug", "Bad Slug", "type", "district",
                "name", "", "agencyCode", "000.00.02.H29"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field"))
                .contains("slug", "type", "name", "nameEn", "agencyCode", "effectiveFrom");
        ApiClient.Response past = admin.post("/api/v1/units/an-dong/dissolution", Map.of("effectiveTo", "2020-01-01"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("effectiveTo");
        assertThat(ApiClient.as(port, "an-dong.admin").post("/api/v1/units/an-dong/dissolution",
                Map.of("effectiveTo", "2031-01-01")).status()).isEqualTo(403);
    }
}
