package org.motcua.feedback;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class FeedbackBoundaryAndRankingIntegrationTests {

    private static final String BOUNDARIES = "/api/v1/feedback/boundaries";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WardBoundaries boundaries;

    @Test
    void badGeoJsonIs422AndChangesNothing() {
        ApiClient admin = ApiClient.as(port, "city.admin");
        ApiClient.Response notJson = admin.put(BOUNDARIES, "{not json");
        assertThat(notJson.status()).isEqualTo(422);
        assertThat(notJson.json().get("code").asString()).isEqualTo("invalid-boundaries");
        assertThat(admin.put(BOUNDARIES, "{\"type\":\"Feature\"}").status()).isEqualTo(422);
        ApiClient.Response bad = admin.put(BOUNDARIES, """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","properties":{"slug":"khong-co"},
                   "geometry":{"type":"Polygon","coordinates":[[[106.69,10.77],[106.70,10.77],[106.70,10.78],[106.69,10.77]]]}},
                  {"type":"Feature","properties":{"slug":"ben-thanh"},
                   "geometry":{"type":"Polygon","coordinates":[[[106.69,10.77],[106.70,10.77],[106.70,10.78]]]}},
                  {"type":"Feature","properties":{"slug":"sai-gon"},
                   "geometry":{"type":"Polygon","coordinates":[[[106.69,10.77],[106.70,10.78],[106.70,10.77],[106.69,10.78],[106.69,10.77]]]}},
                  {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[106.69,10.77]}}
                ]}""");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly(
                "features[0].properties.slug", "features[1].geometry", "features[2].geometry",
                "features[3].properties.slug");
        // nothing was kept: the approximate boundaries still route
        assertThat(boundaries.locate(FeedbackFixtures.BEN_THANH_LAT, FeedbackFixtures.BEN_THANH_LON)).get()
                .extracting(WardBoundaries.Located::approximate).isEqualTo(true);
    }

    @Test
    void onlyTheCityAdminImportsBoundaries() {
        assertThat(ApiClient.as(port, "ben-thanh.admin").put(BOUNDARIES, "{}").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "city.auditor").put(BOUNDARIES, "{}").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).put(BOUNDARIES, "{}").status()).isEqualTo(401);
    }

    @Test
    void anImportedBoundaryRoutesByItsPolygonAndIsAudited() {
        ApiClient admin = ApiClient.as(port, "city.admin");
        String approximate = ApiClient.anonymous(port).get("/api/v1/feedback/public/boundaries").body();
        try {
            // given a surveyed (not approximate) square for Bến Thành that also covers Nguyễn Huệ
            ApiClient.Response imported = admin.put(BOUNDARIES + "?source=test-survey", """
                    {"type":"FeatureCollection","features":[
                      {"type":"Feature","properties":{"slug":"ben-thanh"},
                       "geometry":{"type":"Polygon","coordinates":[[[106.69,10.76],[106.71,10.76],[106.71,10.78],[106.69,10.78],[106.69,10.76]]]}}
                    ]}""");
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(imported.json().get("units").asInt()).isEqualTo(1);
            assertThat(imported.json().get("unitsWithoutBoundary").size()).isEqualTo(167);
            // then a point inside goes to Bến Thành, by a boundary that is not approximate
            assertThat(boundaries.locate(FeedbackFixtures.NGUYEN_HUE_LAT, FeedbackFixtures.NGUYEN_HUE_LON)).get()
                    .isEqualTo(new WardBoundaries.Located("ben-thanh", false));
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'feedback.boundaries.imported' "
                    + "and actor = 'city.admin'").query(Integer.class).single()).isPositive();
        } finally {
            // put the demo's approximate boundaries back for the other tests
            assertThat(admin.put(BOUNDARIES + "?source=" + ApproximateBoundaries.SOURCE, approximate).status())
                    .isEqualTo(200);
        }
        assertThat(boundaries.locate(FeedbackFixtures.NGUYEN_HUE_LAT, FeedbackFixtures.NGUYEN_HUE_LON)).get()
                .isEqualTo(new WardBoundaries.Located("sai-gon", true));
    }

    @Test
    void theMonthlyRankingFollowsTheCycleBoundariesAt25thNoon() {
        // given reports of two communes far in the future, due just before and at the cycle boundary (25 May 2031
        // 12:00 in Ho Chi Minh City = 05:00 UTC)
        insert("an-thoi-dong", "2031-05-25T04:59:59Z", "2031-05-25T04:00:00Z"); // on time, cycle 2031-05
        insert("an-thoi-dong", "2031-05-25T04:59:59Z", "2031-05-26T00:00:00Z"); // late, cycle 2031-05
        insert("can-gio", "2031-04-25T05:00:00Z", "2031-04-25T05:00:00Z");      // first instant of 2031-05, on time
        insert("can-gio", "2031-05-25T05:00:00Z", "2031-05-20T00:00:00Z");      // boundary: belongs to 2031-06
        // when the ranking of cycle 2031-05 is read
        JsonNode may = ApiClient.anonymous(port).get("/api/v1/feedback/public/ranking?cycle=2031-05").json();
        assertThat(may.get("start").asString()).isEqualTo("2031-04-25T05:00:00Z");
        assertThat(may.get("end").asString()).isEqualTo("2031-05-25T05:00:00Z");
        // then Cần Giờ (1 of 1 on time) ranks before An Thới Đông (1 of 2)
        JsonNode units = may.get("units");
        assertThat(units.get(0).get("unit").asString()).isEqualTo("can-gio");
        assertThat(units.get(0).get("due").asInt()).isEqualTo(1);
        assertThat(units.get(0).get("onTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(units.get(1).get("unit").asString()).isEqualTo("an-thoi-dong");
        assertThat(units.get(1).get("onTime").asInt()).isEqualTo(1);
        assertThat(units.get(1).get("late").asInt()).isEqualTo(1);
        assertThat(units.get(1).get("onTimeRate").asDouble()).isEqualTo(0.5);
        assertThat(units.get(1).get("rank").asInt()).isEqualTo(2);
        // and the report due exactly at 12:00 on the 25th counts in the next cycle
        JsonNode june = ApiClient.anonymous(port).get("/api/v1/feedback/public/ranking?cycle=2031-06").json();
        assertThat(june.get("units").get(0).get("unit").asString()).isEqualTo("can-gio");
        assertThat(june.get("units").size()).isEqualTo(1);
        assertThat(ApiClient.anonymous(port).get("/api/v1/feedback/public/ranking?cycle=May").status())
                .isEqualTo(400);
    }

    private void insert(String unit, String due, String answered) {
        long id = jdbc.sql("select nextval('feedback_report_seq')").query(Long.class).single();
        Instant dueAt = Instant.parse(due);
        jdbc.sql("""
                        insert into feedback_report (id, category, description, channel, status, unit_slug,
                            follow_token_hash, open311_token, received_at, due_at, answer, answered_at, updated_at)
                        values (:id, 'giao-thong.hu-hong-mat-duong', 'ranking fixture', 'WEB', 'ANSWERED', :unit,
                            :hash, :token, :received, :due, 'ok', :answered, :received)""")
                .param("id", id).param("unit", unit).param("hash", "ranking-" + id).param("token", "ranking-" + id)
                .param("received", Timestamp.from(dueAt.minusSeconds(7 * 86400)))
                .param("due", Timestamp.from(dueAt)).param("answered", Timestamp.from(Instant.parse(answered)))
                .update();
    }
}
