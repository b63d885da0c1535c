package org.motcua.catalog;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.motcua.audit.AuditEntry;
import org.motcua.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class ProcedureApiIntegrationTests {

    private static final String BIRTH_REGISTRATION = "1.001193.000.00.00.H29";

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    // --- search and reading ---

    @Test
    void searchIgnoresDiacriticsAndRanksBirthRegistrationFirst() {
        for (String query : List.of("đăng ký khai sinh", "dang ky khai sinh", "Khai Sinh")) {
            // when
            JsonNode results = anonymous().get("/api/v1/procedures?q=" + encode(query)).json();
            // then
            assertThat(results.get(0).get("code").asString()).as(query).isEqualTo(BIRTH_REGISTRATION);
            // and the other procedures about births are found too, after it
            assertThat(codes(results)).as(query).contains("2.000528.000.00.00.H29", "1.004884.000.00.00.H29",
                    "2.002621.000.00.00.H29");
        }
    }

    @Test
    void emptyQueryListsAllShippedProceduresWithTheirUnconfirmedValues() {
        // when
        JsonNode all = anonymous().get("/api/v1/procedures").json();
        // then
        assertThat(all.size()).isGreaterThanOrEqualTo(25);
        JsonNode birth = find(all, BIRTH_REGISTRATION);
        assertThat(birth.get("name").get("vi").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(birth.get("unconfirmed").valueStream().map(JsonNode::asString).toList()).contains("fees");
        assertThat(birth.get("version").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void filtersByTierAndSector() {
        JsonNode city = anonymous().get("/api/v1/procedures?tier=city").json();
        assertThat(city.size()).isPositive();
        city.forEach(p -> assertThat(p.get("tier").asString()).isEqualTo("city"));

        JsonNode civilStatus = anonymous().get("/api/v1/procedures?sector=ho-tich&q=khai%20sinh").json();
        assertThat(codes(civilStatus)).contains(BIRTH_REGISTRATION);
        civilStatus.forEach(p -> assertThat(p.get("sector").asString()).isEqualTo("ho-tich"));

        assertThat(codes(anonymous().get("/api/v1/procedures?tier=city&q=khai%20sinh").json()))
                .doesNotContain(BIRTH_REGISTRATION);
    }

    @Test
    void badTierFilterIsABadRequestNamingTier() {
        ApiClient.Response response = anonymous().get("/api/v1/procedures?tier=district");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asString()).isEqualTo("invalid-parameter");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("tier");
    }

    @Test
    void unknownSectorFilterIsABadRequestNamingSector() {
        ApiClient.Response response = anonymous().get("/api/v1/procedures?sector=thue");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("sector");
    }

    @Test
    void procedureShowsFormSchemaProcessFeesComponentsAndUnconfirmedValues() {
        // when
        ApiClient.Response response = anonymous().get("/api/v1/procedures/" + BIRTH_REGISTRATION);
        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode p = response.json();
        assertThat(p.get("code").asString()).isEqualTo(BIRTH_REGISTRATION);
        assertThat(p.get("nationalCode").asString()).isEqualTo("1.001193");
        assertThat(p.get("status").asString()).isEqualTo("published");
        assertThat(p.get("source").asString()).isEqualTo("file");
        assertThat(p.get("name").get("en").asString()).isEqualTo("Birth registration");
        assertThat(p.get("sector").asString()).isEqualTo("ho-tich");
        assertThat(p.get("tier").asString()).isEqualTo("ward");
        assertThat(p.get("competentUnit").get("unitType").asString()).isEqualTo("ward-level");
        assertThat(p.get("onlineLevel").asString()).isEqualTo("full");
        assertThat(p.get("timeLimit").get("workingDays").asInt()).isZero();
        assertThat(p.get("fees").get(0).get("kind").asString()).isEqualTo("charge");
        assertThat(p.get("fees").get(1).get("amountVnd").asLong()).isEqualTo(8000);
        assertThat(p.get("components").findValuesAsString("registry")).contains("population");
        assertThat(p.get("form").get("properties").get("childName").get("maxLength").asInt()).isEqualTo(100);
        assertThat(p.get("form").get("required").get(0).asString()).isEqualTo("childName");
        assertThat(p.get("process").get(0).get("role").asString()).isEqualTo("reception");
        assertThat(p.get("process").get(0).get("unit").asString()).isEqualTo("receiving");
        assertThat(p.get("result").get("type").asString()).isEqualTo("document");
        assertThat(p.get("unconfirmed").get(0).asString()).isEqualTo("fees");
        assertThat(p.has("wardLevel")).isFalse();
    }

    @Test
    void unknownCodeIsNotFoundProblem() {
        ApiClient.Response response = anonymous().get("/api/v1/procedures/1.999999.000.00.00.H29");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asString()).isEqualTo("procedure-not-found");
        assertThat(anonymous().get("/api/v1/procedures/1.999999.000.00.00.H29/versions").status()).isEqualTo(404);
    }

    @Test
    void sectorsAreListedWithTheirNames() {
        JsonNode sectors = anonymous().get("/api/v1/sectors").json();
        assertThat(sectors.findValuesAsString("slug")).contains("ho-tich", "chung-thuc", "dat-dai");
        assertThat(sectors.get(0).get("name").get("vi").asString()).isEqualTo("Hộ tịch");
    }

    // --- publication ---

    @Test
    void publishingNeedsALogin() {
        ApiClient.Response response = anonymous().post("/api/v1/procedures", newDefinition(newCode()));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void onlyTheCityAdminPublishes() {
        ApiClient.Response response = ApiClient.as(port, "ben-thanh.admin").post("/api/v1/procedures",
                newDefinition(newCode()));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
    }

    @Test
    void publishingAnInvalidDefinitionIsRejectedWithEveryFieldError() {
        // given a definition without an English name whose steps exceed the time limit
        String code = newCode();
        Map<String, Object> definition = newDefinition(code);
        CatalogFixtures.set(definition, "name.en", null);
        CatalogFixtures.set(definition, "process[1].workingDays", 30);
        // when
        ApiClient.Response response = admin().post("/api/v1/procedures", definition);
        // then
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asString()).isEqualTo("invalid-procedure");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("name.en", "process");
        // and nothing was published
        assertThat(anonymous().get("/api/v1/procedures/" + code + "/versions").status()).isEqualTo(404);
    }

    @Test
    void publishingANewVersionLeavesTheOldVersionReadableAndUnchanged() {
        // given version 1
        String code = newCode();
        ApiClient.Response first = admin().post("/api/v1/procedures", newDefinition(code));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.json().get("publishedBy").asString()).isEqualTo("city.admin");
        JsonNode v1 = anonymous().get("/api/v1/procedures/" + code + "/versions/1").json();
        // when version 2 changes the name and the fee
        Map<String, Object> changed = newDefinition(code);
        CatalogFixtures.set(changed, "name.vi", "Thủ tục mẫu cấp phiếu (sửa đổi)");
        CatalogFixtures.set(changed, "fees[0].amountVnd", 100000);
        ApiClient.Response second = admin().post("/api/v1/procedures", changed);
        // then
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        JsonNode current = anonymous().get("/api/v1/procedures/" + code).json();
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("fees").get(0).get("amountVnd").asLong()).isEqualTo(100000);
        JsonNode old = anonymous().get("/api/v1/procedures/" + code + "/versions/1").json();
        assertThat(old.get("status").asString()).isEqualTo("superseded");
        assertThat(old.get("fees").get(0).get("amountVnd").asLong()).isEqualTo(200000);
        assertThat(withoutStatus(old)).isEqualTo(withoutStatus(v1));
        JsonNode history = anonymous().get("/api/v1/procedures/" + code + "/versions").json();
        assertThat(history.findValuesAsString("status")).containsExactly("superseded", "published");
        // and both publications are audited
        assertThat(audit.recent("procedure:" + code, 10)).extracting(AuditEntry::action)
                .containsExactly("PROCEDURE_PUBLISHED", "PROCEDURE_PUBLISHED");
        assertThat(audit.recent("procedure:" + code, 10).get(0).details()).containsEntry("version", 2)
                .containsEntry("superseded", 1).containsEntry("source", "api");
    }

    @Test
    void publishedProcedureIsSearchableAtOnce() {
        String code = newCode();
        Map<String, Object> definition = newDefinition(code);
        CatalogFixtures.set(definition, "name.vi", "Thủ tục mẫu tìm kiếm Quýt Xanh " + code);
        admin().post("/api/v1/procedures", definition);
        assertThat(codes(anonymous().get("/api/v1/procedures?q=quyt%20xanh").json())).contains(code);
    }

    // --- retirement ---

    @Test
    void retiringKeepsTheVersionReadableAndTakesTheProcedureOutOfForce() {
        // given
        String code = newCode();
        Map<String, Object> definition = newDefinition(code);
        CatalogFixtures.set(definition, "name.vi", "Thủ tục mẫu sắp bãi bỏ Mận Tím " + code);
        admin().post("/api/v1/procedures", definition);
        // when
        ApiClient.Response retired = admin().post("/api/v1/procedures/" + code + "/versions/1/retire",
                Map.of("reason", "Bãi bỏ theo quyết định thử nghiệm"));
        // then
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json().get("status").asString()).isEqualTo("retired");
        assertThat(retired.json().get("retiredAt").isNull()).isFalse();
        JsonNode readable = anonymous().get("/api/v1/procedures/" + code + "/versions/1").json();
        assertThat(readable.get("status").asString()).isEqualTo("retired");
        assertThat(readable.get("name").get("vi").asString()).startsWith("Thủ tục mẫu sắp bãi bỏ");
        assertThat(anonymous().get("/api/v1/procedures/" + code).json().get("code").asString())
                .isEqualTo("procedure-not-found");
        assertThat(codes(anonymous().get("/api/v1/procedures?q=man%20tim").json())).doesNotContain(code);
        AuditEntry entry = audit.recent("procedure:" + code, 1).get(0);
        assertThat(entry.action()).isEqualTo("PROCEDURE_RETIRED");
        assertThat(entry.actor()).isEqualTo("city.admin");
        assertThat(entry.details()).containsEntry("reason", "Bãi bỏ theo quyết định thử nghiệm");
        // and retiring it twice is a conflict
        ApiClient.Response again = admin().post("/api/v1/procedures/" + code + "/versions/1/retire", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("procedure-version-retired");
    }

    @Test
    void retiringAnUnknownVersionIsNotFound() {
        String code = newCode();
        admin().post("/api/v1/procedures", newDefinition(code));
        ApiClient.Response version = admin().post("/api/v1/procedures/" + code + "/versions/7/retire", "{}");
        assertThat(version.status()).isEqualTo(404);
        assertThat(version.json().get("code").asString()).isEqualTo("procedure-version-not-found");
        ApiClient.Response procedure = admin().post("/api/v1/procedures/1.999998.000.00.00.H29/versions/1/retire",
                "{}");
        assertThat(procedure.status()).isEqualTo(404);
        assertThat(procedure.json().get("code").asString()).isEqualTo("procedure-not-found");
        assertThat(anonymous().get("/api/v1/procedures/" + code + "/versions/7").json().get("code").asString())
                .isEqualTo("procedure-version-not-found");
    }

    @Test
    void onlyTheCityAdminRetires() {
        ApiClient.Response response = ApiClient.as(port, "so-tu-phap.admin")
                .post("/api/v1/procedures/" + BIRTH_REGISTRATION + "/versions/1/retire", "{}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/procedures/" + BIRTH_REGISTRATION).status()).isEqualTo(200);
    }

    // --- helpers ---

    private ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }

    private ApiClient admin() {
        return ApiClient.as(port, "city.admin");
    }

    /** A code no other test uses (fixture codes start with 9: they are not real procedures). */
    private static String newCode() {
        return "9.%06d.000.00.00.H29".formatted(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    private static Map<String, Object> newDefinition(String code) {
        Map<String, Object> definition = CatalogFixtures.definition(CatalogFixtures.DEPARTMENT);
        definition.put("code", code);
        definition.put("nationalCode", code.substring(0, 8));
        return definition;
    }

    private static JsonNode withoutStatus(JsonNode version) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) version.deepCopy();
        copy.remove("status");
        return copy;
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode p : list) {
            if (p.get("code").asString().equals(code)) {
                return p;
            }
        }
        throw new AssertionError(code + " not in the list");
    }

    private static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(p -> codes.add(p.get("code").asString()));
        return codes;
    }

    private static String encode(String query) {
        return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }
}
