package org.motcua.monitoring;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The city's green standard: versioned thresholds, "n/168", and why a unit is not green. */
@PlatformTest
class GreenUnitsIntegrationTests {

    private static final String GREEN = "linh-xuan";
    private static final String EMPTY = "thu-duc";

    @LocalServerPort
    int port;

    private ApiClient admin() {
        return ApiClient.as(port, "city.admin");
    }

    @Test
    void countsTheWardsMeetingTheThresholdsAndSaysWhyTheOthersFail() {
        // given one dossier of Linh Xuân finished on time
        MonitoringFixtures f = new MonitoringFixtures(port);
        String month = MonitoringFixtures.thisMonth();
        String code = f.maritalStatus(GREEN, "079190092001");
        f.finishAndReturn(GREEN, code);
        await().atMost(Duration.ofSeconds(20)).until(() -> f.counts(GREEN, month).get("finishedOnTime") >= 1);

        // when the city administrator sets the thresholds
        ApiClient.Response set = admin().put("/api/v1/green-thresholds", Map.of("reason", "Kế hoạch chuyển đổi số",
                "criteria", List.of(Map.of("indicator", "received", "min", 1),
                        Map.of("indicator", "onTimeRate", "min", 0.9),
                        Map.of("indicator", "lateRate", "max", 0.1))));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        int version = set.json().get("version").asInt();

        // then the green count is over all 168 ward-level units
        ApiClient.Response r = ApiClient.as(port, "linh-xuan.leader").get("/api/v1/green-units?period=" + month);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("units").asInt()).isEqualTo(168);
        assertThat(report.get("thresholdsVersion").asInt()).isEqualTo(version);
        assertThat(report.get("summary").asString()).isEqualTo(report.get("green").asInt() + "/168");
        assertThat(report.get("greenUnits").values()).extracting(JsonNode::asString).contains(GREEN);

        // and a ward without dossiers fails, by how much, and with no data where there is none
        JsonNode empty = null;
        for (JsonNode u : report.get("notGreen")) {
            if (u.get("unit").asString().equals(EMPTY)) {
                empty = u;
            }
        }
        assertThat(empty).isNotNull();
        JsonNode received = null;
        JsonNode onTime = null;
        for (JsonNode c : empty.get("failing")) {
            if (c.get("indicator").asString().equals("received")) {
                received = c;
            }
            if (c.get("indicator").asString().equals("onTimeRate")) {
                onTime = c;
            }
        }
        assertThat(received.get("actual").asDouble()).isZero();
        assertThat(received.get("shortBy").asDouble()).isEqualTo(1.0);
        assertThat(onTime.get("actual") == null || onTime.get("actual").isNull()).isTrue();
        assertThat(onTime.get("computedAs").asString()).contains("0 finished or in progress");

        // exports
        ApiClient.Response csv = admin().get("/api/v1/green-units?period=" + month + "&format=csv");
        assertThat(csv.body()).contains("unit,green,failingCriterion,threshold,actual,shortBy,computedAs")
                .contains(EMPTY + ",false,received,1.0,0.0,1.0");
    }

    @Test
    void thresholdsAreVersionedAndAudited() {
        int first = admin().put("/api/v1/green-thresholds", Map.of("criteria",
                List.of(Map.of("indicator", "index", "min", 70)))).json().get("version").asInt();
        int second = admin().put("/api/v1/green-thresholds", Map.of("criteria",
                List.of(Map.of("indicator", "index.digitisation", "min", 15)))).json().get("version").asInt();
        assertThat(second).isEqualTo(first + 1);
        JsonNode versions = ApiClient.as(port, "city.auditor").get("/api/v1/green-thresholds").json();
        assertThat(versions.get(0).get("version").asInt()).isGreaterThanOrEqualTo(second);
        assertThat(versions.findValuesAsString("setBy")).contains("city.admin");
    }

    @Test
    void onlyTheCityAdministratorSetsThresholds() {
        Map<String, Object> body = Map.of("criteria", List.of(Map.of("indicator", "index", "min", 70)));
        assertThat(ApiClient.as(port, "linh-xuan.leader").put("/api/v1/green-thresholds", body).status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "city.auditor").put("/api/v1/green-thresholds", body).status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "linh-xuan.admin").put("/api/v1/green-thresholds", body).status())
                .isEqualTo(403);
    }

    @Test
    void badThresholdsAreRefusedWithEachFieldNamed() {
        ApiClient.Response r = admin().put("/api/v1/green-thresholds", Map.of("criteria", List.of(
                Map.of("indicator", "happiness", "min", 1),
                Map.of("indicator", "onlineShare"),
                Map.of("indicator", "onlineShare", "min", 50),
                Map.of("indicator", "index", "min", 80, "max", 60),
                Map.of("indicator", "index.nothing", "min", 1))));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly("criteria[0].indicator",
                "criteria[1]", "criteria[2]", "criteria[3]", "criteria[4].indicator");
        assertThat(admin().put("/api/v1/green-thresholds", Map.of("criteria", List.of())).status()).isEqualTo(400);
        assertThat(admin().put("/api/v1/green-thresholds", "{}").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/green-units?period=2026-Q9").status()).isEqualTo(400);
    }
}
