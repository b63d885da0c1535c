package org.motcua.feedback;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.feedback.FeedbackFixtures.BEN_THANH_LAT;
import static org.motcua.feedback.FeedbackFixtures.BEN_THANH_LON;
import static org.motcua.feedback.FeedbackFixtures.NGUYEN_HUE_LAT;
import static org.motcua.feedback.FeedbackFixtures.NGUYEN_HUE_LON;
import static org.motcua.feedback.FeedbackFixtures.POTHOLE;
import static org.motcua.feedback.FeedbackFixtures.TRAFFIC_LIGHT;

/** Open311 GeoReport v2 as a stock client uses it: form-encoded posts, both formats, the standard error format. */
@PlatformTest
class Open311IntegrationTests {

    private static final String V2 = "/open311/v2";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void servicesAreListedInJsonAndXml() throws Exception {
        ApiClient.Response json = FeedbackFixtures.get(port, V2 + "/services.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        JsonNode light = null;
        for (JsonNode s : json.json()) {
            if (s.get("service_code").asString().equals(TRAFFIC_LIGHT)) {
                light = s;
            }
        }
        assertThat(light).isNotNull();
        assertThat(light.get("metadata").asBoolean()).isTrue();
        assertThat(light.get("type").asString()).isEqualTo("realtime");
        assertThat(light.get("group").asString()).isEqualTo("Giao thông");

        ApiClient.Response xml = FeedbackFixtures.get(port, V2 + "/services.xml");
        assertThat(xml.contentType()).startsWith("text/xml");
        Document doc = parse(xml.body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("services");
        assertThat(doc.getElementsByTagName("service").getLength()).isEqualTo(json.json().size());
        assertThat(doc.getElementsByTagName("service_code").item(0).getTextContent()).isNotBlank();
    }

    @Test
    void aServiceDefinitionListsItsAttributes() throws Exception {
        JsonNode def = FeedbackFixtures.get(port, V2 + "/services/" + TRAFFIC_LIGHT + ".json").json();
        assertThat(def.get("service_code").asString()).isEqualTo(TRAFFIC_LIGHT);
        JsonNode state = def.get("attributes").get(0);
        assertThat(state.get("code").asString()).isEqualTo("light_state");
        assertThat(state.get("variable").asBoolean()).isTrue();
        assertThat(state.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(state.get("required").asBoolean()).isTrue();
        assertThat(state.get("values").get(0).get("key").asString()).isEqualTo("off");
        Document xml = parse(FeedbackFixtures.get(port, V2 + "/services/" + TRAFFIC_LIGHT + ".xml").body());
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("service_definition");
        assertThat(xml.getElementsByTagName("attribute").getLength()).isEqualTo(2);
        assertThat(xml.getElementsByTagName("value").getLength()).isEqualTo(3);
        // unknown service: 404 in the Open311 error format
        ApiClient.Response unknown = FeedbackFixtures.get(port, V2 + "/services/khong-co.json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(unknown.json().get(0).get("description").asString()).contains("khong-co");
    }

    @Test
    void aStockClientPostsARequestAndFollowsIt() throws Exception {
        // given a form-encoded post with the demo key, coordinates and an attribute
        Map<String, String> form = post(TRAFFIC_LIGHT, NGUYEN_HUE_LAT, NGUYEN_HUE_LON);
        form.put("attribute[light_state]", "blinking");
        form.put("email", "app-user@example.vn");
        form.put("first_name", "Lan");
        form.put("media_url", "https://photos.example.vn/p/123.jpg");
        ApiClient.Response created = FeedbackFixtures.form(port, V2 + "/requests.json", FeedbackFixtures.freshAddress(),
                form);
        // then it is created with an id and a token
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        JsonNode request = created.json().get(0);
        String id = request.get("service_request_id").asString();
        String token = request.get("token").asString();
        assertThat(request.get("service_notice").asString()).startsWith("Expected answer by ");
        // the token resolves to the id
        JsonNode byToken = FeedbackFixtures.get(port, V2 + "/tokens/" + token + ".json").json().get(0);
        assertThat(byToken.get("service_request_id").asString()).isEqualTo(id);
        // and the request is open, routed to Phường Sài Gòn, without the reporter's data
        JsonNode one = awaitAgency(id);
        assertThat(one.get("status").asString()).isEqualTo("open");
        assertThat(one.get("service_code").asString()).isEqualTo(TRAFFIC_LIGHT);
        assertThat(one.get("agency_responsible").asString()).isEqualTo("Phường Sài Gòn");
        assertThat(one.get("lat").asDouble()).isEqualTo(NGUYEN_HUE_LAT);
        assertThat(one.get("long").asDouble()).isEqualTo(NGUYEN_HUE_LON);
        assertThat(one.get("requested_datetime").asString()).endsWith("+07:00");
        assertThat(one.get("media_url").asString()).isEqualTo("https://photos.example.vn/p/123.jpg");
        assertThat(one.toString()).doesNotContain("app-user@example.vn", "Lan");
        // the same in XML
        Document xml = parse(FeedbackFixtures.get(port, V2 + "/requests/" + id + ".xml").body());
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(xml.getElementsByTagName("service_request_id").item(0).getTextContent()).isEqualTo(id);
        assertThat(xml.getElementsByTagName("status").item(0).getTextContent()).isEqualTo("open");
        // and the search finds it by id, by service code and status
        assertThat(FeedbackFixtures.get(port, V2 + "/requests.json?service_request_id=" + id).json().get(0)
                .get("service_request_id").asString()).isEqualTo(id);
        assertThat(FeedbackFixtures.get(port, V2 + "/requests.json?service_code=" + TRAFFIC_LIGHT + "&status=open")
                .json().findValuesAsString("service_request_id")).contains(id);
        assertThat(FeedbackFixtures.get(port, V2 + "/requests.json?service_code=" + TRAFFIC_LIGHT + "&status=closed")
                .json().findValuesAsString("service_request_id")).doesNotContain(id);
        assertThat(FeedbackFixtures.get(port, V2 + "/requests.json?start_date=2020-01-01T00:00:00Z"
                + "&end_date=2020-02-01T00:00:00Z").json().size()).isZero();
    }

    @Test
    void xmlPostsAreAnsweredInXml() throws Exception {
        ApiClient.Response created = FeedbackFixtures.form(port, V2 + "/requests.xml", FeedbackFixtures.freshAddress(),
                post(POTHOLE, BEN_THANH_LAT, BEN_THANH_LON));
        assertThat(created.status()).isEqualTo(200);
        Document doc = parse(created.body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(doc.getElementsByTagName("service_request_id").item(0).getTextContent()).matches("\\d+");
    }

    @Test
    void anAddressAloneIsEnoughAndNoLocationAtAllIs400() throws Exception {
        Map<String, String> address = post(POTHOLE, null, null);
        address.put("address_string", "12 Lê Lợi, Phường Bến Thành");
        assertThat(FeedbackFixtures.form(port, V2 + "/requests.json", FeedbackFixtures.freshAddress(), address)
                .status()).isEqualTo(200);

        ApiClient.Response none = FeedbackFixtures.form(port, V2 + "/requests.json", FeedbackFixtures.freshAddress(),
                post(POTHOLE, null, null));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get(0).get("code").asInt()).isEqualTo(400);
        assertThat(none.json().get(0).get("description").asString()).contains("lat");
        ApiClient.Response noneXml = FeedbackFixtures.form(port, V2 + "/requests.xml", FeedbackFixtures.freshAddress(),
                post(POTHOLE, null, null));
        assertThat(noneXml.status()).isEqualTo(400);
        Document doc = parse(noneXml.body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(doc.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("400");
    }

    @Test
    void aMediaUrlThatIsNotAWebAddressIs400() {
        Map<String, String> form = post(POTHOLE, BEN_THANH_LAT, BEN_THANH_LON);
        form.put("media_url", "javascript:alert(1)");
        ApiClient.Response r = FeedbackFixtures.form(port, V2 + "/requests.json", FeedbackFixtures.freshAddress(),
                form);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get(0).get("description").asString()).startsWith("media_url");
    }

    @Test
    void aMissingOrInvalidApiKeyIs403() {
        Map<String, String> form = post(POTHOLE, BEN_THANH_LAT, BEN_THANH_LON);
        form.put("api_key", "not-a-key");
        ApiClient.Response invalid = FeedbackFixtures.form(port, V2 + "/requests.json", FeedbackFixtures.freshAddress(),
                form);
        assertThat(invalid.status()).isEqualTo(403);
        assertThat(invalid.json().get(0).get("code").asInt()).isEqualTo(403);
        form.remove("api_key");
        assertThat(FeedbackFixtures.form(port, V2 + "/requests.json", FeedbackFixtures.freshAddress(), form).status())
                .isEqualTo(403);
    }

    @Test
    void anUnknownServiceCodeIs404() {
        ApiClient.Response r = FeedbackFixtures.form(port, V2 + "/requests.json", FeedbackFixtures.freshAddress(),
                post("khong-co", BEN_THANH_LAT, BEN_THANH_LON));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(FeedbackFixtures.get(port, V2 + "/requests/999999999.json").status()).isEqualTo(404);
        assertThat(FeedbackFixtures.get(port, V2 + "/tokens/nope.json").status()).isEqualTo(404);
    }

    @Test
    void aBurstFromOneClientIs429WithRetryAfterInTheOpen311Format() {
        String address = "203.0.113.151";
        ApiClient.Response last = null;
        for (int i = 0; i < 30; i++) {
            last = FeedbackFixtures.form(port, V2 + "/requests.json", address, post(POTHOLE, BEN_THANH_LAT,
                    BEN_THANH_LON));
            if (last.status() == 429) {
                break;
            }
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get(0).get("code").asInt()).isEqualTo(429);
        assertThat(Integer.parseInt(last.retryAfter())).isPositive();
    }

    @Test
    void keysAreManagedByTheCityAdmin() {
        ApiClient admin = ApiClient.as(port, "city.admin");
        JsonNode key = admin.post("/api/v1/feedback/open311-keys", Map.of("name", "Zalo bot")).json();
        Map<String, String> form = post(POTHOLE, BEN_THANH_LAT, BEN_THANH_LON);
        form.put("api_key", key.get("key").asString());
        assertThat(FeedbackFixtures.form(port, V2 + "/requests.json", FeedbackFixtures.freshAddress(), form).status())
                .isEqualTo(200);
        assertThat(admin.delete("/api/v1/feedback/open311-keys/" + key.get("id").asLong()).status()).isEqualTo(204);
        assertThat(FeedbackFixtures.form(port, V2 + "/requests.json", FeedbackFixtures.freshAddress(), form).status())
                .isEqualTo(403);
        assertThat(admin.get("/api/v1/feedback/open311-keys").body()).contains("Zalo bot")
                .doesNotContain(key.get("key").asString());
        assertThat(ApiClient.as(port, "ben-thanh.admin").post("/api/v1/feedback/open311-keys",
                Map.of("name", "x")).status()).isEqualTo(403);
    }

    private JsonNode awaitAgency(String id) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode one = FeedbackFixtures.get(port, V2 + "/requests/" + id + ".json").json().get(0);
            if (one.get("agency_responsible") != null && !one.get("agency_responsible").isNull()) {
                return one;
            }
            assertThat(System.nanoTime()).as("routed within a minute").isLessThan(end);
            Thread.sleep(200);
        }
    }

    private static Map<String, String> post(String service, Double lat, Double lon) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", "demo-open311-key");
        form.put("service_code", service);
        form.put("description", "Báo qua ứng dụng");
        if (lat != null) {
            form.put("lat", String.valueOf(lat));
            form.put("long", String.valueOf(lon));
        }
        return form;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
