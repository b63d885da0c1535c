package org.motcua.feedback;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.feedback.FeedbackFixtures.BEN_THANH_LAT;
import static org.motcua.feedback.FeedbackFixtures.BEN_THANH_LON;
import static org.motcua.feedback.FeedbackFixtures.NGUYEN_HUE_LAT;
import static org.motcua.feedback.FeedbackFixtures.NGUYEN_HUE_LON;
import static org.motcua.feedback.FeedbackFixtures.NO_WATER;
import static org.motcua.feedback.FeedbackFixtures.POTHOLE;
import static org.motcua.feedback.FeedbackFixtures.awaitAssigned;
import static org.motcua.feedback.FeedbackFixtures.report;

/**
 * Routing by location and category. The demo's boundaries are the Voronoi cells of the representative points in
 * {@code organization/hcmc-ward-level-units-points.csv}: Nguyễn Huệ walking street (10.7743, 106.7038) is nearest
 * to Sài Gòn's point (10.7805, 106.704; about 0.0062° away, Bến Thành's 10.7713, 106.694 about 0.0101°), and Bến
 * Thành market (10.7725, 106.6980) to Bến Thành's (about 0.0042°; Sài Gòn's 0.0099°). So the approximate cells
 * agree with reality at these two places.
 */
@PlatformTest
class FeedbackRoutingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    WardBoundaries boundaries;

    @Autowired
    FeedbackAssignment assignment;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aReportAtNguyenHueWalkingStreetGoesToPhuongSaiGonWithinAMinute() {
        // given a report at Nguyễn Huệ walking street from the web
        JsonNode submitted = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report(POTHOLE, "Ổ gà trước phố đi bộ", NGUYEN_HUE_LAT, NGUYEN_HUE_LON)).json();
        // when the assignment job routes it
        JsonNode view = awaitAssigned(port, submitted.get("followToken").asString(), Duration.ofSeconds(60));
        // then Phường Sài Gòn has it, and the approximate boundaries are said to be approximate
        assertThat(view.get("report").get("unit").asString()).isEqualTo("sai-gon");
        assertThat(view.get("report").get("unitName").asString()).isEqualTo("Phường Sài Gòn");
        assertThat(view.get("report").get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(view.get("routedBy").asString()).isEqualTo("APPROXIMATE_BOUNDARY");
        assertThat(view.get("report").get("routingApproximate").asBoolean()).isTrue();
    }

    @Test
    void aReportAtBenThanhMarketGoesToPhuongBenThanh() {
        JsonNode submitted = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report(POTHOLE, "Ổ gà cổng chợ Bến Thành", BEN_THANH_LAT, BEN_THANH_LON)).json();
        JsonNode view = awaitAssigned(port, submitted.get("followToken").asString(), Duration.ofSeconds(60));
        assertThat(view.get("report").get("unit").asString()).isEqualTo("ben-thanh");
    }

    @Test
    void theSweepRoutesAReceivedReportWhoseEventWasMissed() {
        // given a received report whose FeedbackReceived was never delivered (e.g. the node stopped at that moment)
        long id = jdbc.sql("select nextval('feedback_report_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into feedback_report (id, category, description, channel, status, latitude, longitude,
                            follow_token_hash, open311_token, received_at, due_at, updated_at)
                        values (:id, :category, 'missed event', 'WEB', 'RECEIVED', :lat, :lon, :hash, :token, now(),
                            now() + interval '5 days', now())""")
                .param("id", id).param("category", POTHOLE).param("lat", BEN_THANH_LAT).param("lon", BEN_THANH_LON)
                .param("hash", "sweep-" + id).param("token", "sweep-" + id).update();
        // when the sweep runs (every assignment-sweep-interval)
        assignment.sweep();
        // then it is assigned by location like any other
        var row = jdbc.sql("select status, unit_slug, routed_by from feedback_report where id = :id").param("id", id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(row).containsExactly("ASSIGNED", "ben-thanh", "APPROXIMATE_BOUNDARY");
    }

    @Test
    void pointInPolygonAgreesWithTheNearestRepresentativePoint() {
        assertThat(boundaries.locate(NGUYEN_HUE_LAT, NGUYEN_HUE_LON)).get()
                .extracting(WardBoundaries.Located::unit).isEqualTo("sai-gon");
        assertThat(boundaries.locate(BEN_THANH_LAT, BEN_THANH_LON)).get()
                .extracting(WardBoundaries.Located::unit).isEqualTo("ben-thanh");
        // Côn Đảo special zone, far out at sea, is its own cell
        assertThat(boundaries.locate(8.6981, 106.6)).get().extracting(WardBoundaries.Located::unit)
                .isEqualTo("con-dao");
        // far outside the city: no ward
        assertThat(boundaries.locate(21.0285, 105.8542)).isEmpty();
    }

    @Test
    void aCityWideCategoryGoesToItsDepartmentWhereverItIs() {
        JsonNode submitted = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports",
                report(NO_WATER, "Mất nước cả khu phố từ sáng", NGUYEN_HUE_LAT, NGUYEN_HUE_LON)).json();
        JsonNode view = awaitAssigned(port, submitted.get("followToken").asString(), Duration.ofSeconds(60));
        assertThat(view.get("report").get("unit").asString()).isEqualTo("so-xay-dung");
        assertThat(view.get("routedBy").asString()).isEqualTo("CITY_WIDE");
    }

    @Test
    void withoutCoordinatesTheChosenWardGetsIt() {
        Map<String, Object> body = report(POTHOLE, "Ổ gà hẻm 12", null, null);
        body.put("ward", "tan-dinh");
        body.put("address", "Hẻm 12 Trần Quang Khải");
        JsonNode submitted = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports", body).json();
        JsonNode view = awaitAssigned(port, submitted.get("followToken").asString(), Duration.ofSeconds(60));
        assertThat(view.get("report").get("unit").asString()).isEqualTo("tan-dinh");
        assertThat(view.get("routedBy").asString()).isEqualTo("CHOSEN");
    }

    @Test
    void theHotlineOperatorTypesInACallAndPicksTheWard() {
        // given the 1022 operator (reception of the hotline unit) with a caller who gives no coordinates
        Map<String, Object> body = report(POTHOLE, "Người gọi báo ổ gà lớn", null, null);
        body.put("ward", "ben-thanh");
        body.put("contactPhone", "0901234567");
        ApiClient.Response created = ApiClient.as(port, "so-khoa-hoc-va-cong-nghe.reception")
                .post("/api/v1/feedback/hotline/reports", body);
        assertThat(created.status()).isEqualTo(201);
        JsonNode view = awaitAssigned(port, created.json().get("followToken").asString(), Duration.ofSeconds(60));
        // then the channel and operator are recorded and Bến Thành has it
        assertThat(view.get("channel").asString()).isEqualTo("HOTLINE");
        assertThat(view.get("operator").asString()).isEqualTo("so-khoa-hoc-va-cong-nghe.reception");
        assertThat(view.get("report").get("unit").asString()).isEqualTo("ben-thanh");
        // and another unit's reception is not a hotline operator
        assertThat(ApiClient.as(port, "ben-thanh.reception").post("/api/v1/feedback/hotline/reports", body).status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port).post("/api/v1/feedback/hotline/reports", body).status())
                .isEqualTo(401);
    }

    @Test
    void aWardNamedInTheAddressGetsAReportWithoutCoordinates() {
        Map<String, Object> body = report(POTHOLE, "Ổ gà", null, null);
        body.put("address", "45 Lê Thánh Tôn, Phường Bến Thành, TP.HCM");
        JsonNode submitted = FeedbackFixtures.anonymous(port).post("/api/v1/feedback/public/reports", body).json();
        JsonNode view = awaitAssigned(port, submitted.get("followToken").asString(), Duration.ofSeconds(60));
        assertThat(view.get("report").get("unit").asString()).isEqualTo("ben-thanh");
        assertThat(view.get("routedBy").asString()).isEqualTo("ADDRESS");
    }

    @Test
    void theFeedbackApiIsInTheOpenApiDocument() {
        JsonNode paths = ApiClient.anonymous(port).get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/feedback/public/reports")).isTrue();
        assertThat(paths.has("/api/v1/feedback/reports/{id}/actions")).isTrue();
        assertThat(paths.has("/api/v1/feedback/hotline/reports")).isTrue();
        assertThat(paths.has("/api/v1/feedback/public/ranking")).isTrue();
    }

    @Test
    void theApproximateBoundariesArePublishedAndLabelledApproximate() {
        JsonNode geo = FeedbackFixtures.anonymous(port).get("/api/v1/feedback/public/boundaries").json();
        assertThat(geo.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features").size()).isEqualTo(168);
        JsonNode first = geo.get("features").get(0);
        assertThat(first.get("properties").get("approximate").asBoolean()).isTrue();
        assertThat(first.get("properties").get("source").asString()).isEqualTo("voronoi-of-representative-points");
    }
}
