package org.motcua.feedback;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.feedback.FeedbackFixtures.BEN_THANH_LAT;
import static org.motcua.feedback.FeedbackFixtures.BEN_THANH_LON;
import static org.motcua.feedback.FeedbackFixtures.POTHOLE;
import static org.motcua.feedback.FeedbackFixtures.report;

/** Every bad input the issue names, on the web API (the Open311 ones are in {@link Open311IntegrationTests}). */
@PlatformTest
class FeedbackBadInputIntegrationTests {

    private static final String REPORTS = "/api/v1/feedback/public/reports";

    @LocalServerPort
    int port;

    @Test
    void aReportWithoutAnyLocationIs400() {
        ApiClient.Response r = FeedbackFixtures.anonymous(port).post(REPORTS, report(POTHOLE, "Ổ gà", null, null));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isEqualTo("feedback-location-missing");
    }

    @Test
    void anUnknownCategoryIs404() {
        ApiClient.Response r = FeedbackFixtures.anonymous(port).post(REPORTS,
                report("khong-co", "Ổ gà", BEN_THANH_LAT, BEN_THANH_LON));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("code").asString()).isEqualTo("feedback-category-not-found");
        // a group is not a category reports are filed under
        assertThat(FeedbackFixtures.anonymous(port).post(REPORTS, report("giao-thong", "x", BEN_THANH_LAT,
                BEN_THANH_LON)).status()).isEqualTo(404);
    }

    @Test
    void aDescriptionOver4000CharactersOrBadFieldsAre422() {
        String tooLong = String.join("", Collections.nCopies(4001, "a"));
        ApiClient.Response r = FeedbackFixtures.anonymous(port).post(REPORTS,
                report(POTHOLE, tooLong, BEN_THANH_LAT, BEN_THANH_LON));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
        // exactly 4,000 is fine
        assertThat(FeedbackFixtures.anonymous(port).post(REPORTS, report(POTHOLE,
                String.join("", Collections.nCopies(4000, "ô")), BEN_THANH_LAT, BEN_THANH_LON)).status())
                .isEqualTo(201);
        Map<String, Object> badWard = report(POTHOLE, "Ổ gà", null, null);
        badWard.put("ward", "so-tu-phap");
        assertThat(FeedbackFixtures.anonymous(port).post(REPORTS, badWard).status()).isEqualTo(422);
        Map<String, Object> badPoint = report(POTHOLE, "Ổ gà", 95.0, 106.7);
        assertThat(FeedbackFixtures.anonymous(port).post(REPORTS, badPoint).status()).isEqualTo(422);
        Map<String, Object> badEmail = report(POTHOLE, "Ổ gà", BEN_THANH_LAT, BEN_THANH_LON);
        badEmail.put("contactEmail", "not an address");
        assertThat(FeedbackFixtures.anonymous(port).post(REPORTS, badEmail).status()).isEqualTo(422);
    }

    @Test
    void aRequiredAttributeOfTheCategoryIsChecked() {
        Map<String, Object> light = report(FeedbackFixtures.TRAFFIC_LIGHT, "Đèn tắt", BEN_THANH_LAT, BEN_THANH_LON);
        ApiClient.Response missing = FeedbackFixtures.anonymous(port).post(REPORTS, light);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("attribute[light_state]");
        light.put("attributes", Map.of("light_state", "purple"));
        assertThat(FeedbackFixtures.anonymous(port).post(REPORTS, light).status()).isEqualTo(422);
        light.put("attributes", Map.of("light_state", "blinking"));
        assertThat(FeedbackFixtures.anonymous(port).post(REPORTS, light).status()).isEqualTo(201);
    }

    @Test
    void anOversizedPhotoIs413AndNothingIsStored() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        byte[] jpeg = FeedbackFixtures.plainJpeg();
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        ApiClient.Response r = FeedbackFixtures.multipart(port, REPORTS, null, FeedbackFixtures.freshAddress(),
                fields("Ảnh quá lớn 413"), List.of(big));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("code").asString()).isEqualTo("file-too-large");
        assertThat(ApiClient.anonymous(port).get(REPORTS + "?size=200").body()).doesNotContain("Ảnh quá lớn 413");
    }

    @Test
    void aNonImagePhotoIs415() {
        ApiClient.Response r = FeedbackFixtures.multipart(port, REPORTS, null, FeedbackFixtures.freshAddress(),
                fields("Không phải ảnh"), List.of("%PDF-1.4 not a photo".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.json().get("code").asString()).isEqualTo("unsupported-file-type");
    }

    @Test
    void moreThanFivePhotosIsRefused() {
        byte[] jpeg = FeedbackFixtures.plainJpeg();
        ApiClient.Response r = FeedbackFixtures.multipart(port, REPORTS, null, FeedbackFixtures.freshAddress(),
                fields("Sáu ảnh"), List.of(jpeg, jpeg, jpeg, jpeg, jpeg, jpeg));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("photos");
    }

    @Test
    void scriptInADescriptionIsStoredAndShownAsText() {
        String script = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        JsonNode created = FeedbackFixtures.anonymous(port).post(REPORTS,
                report(POTHOLE, script, BEN_THANH_LAT, BEN_THANH_LON)).json();
        ApiClient.Response shown = ApiClient.anonymous(port).get(REPORTS + "/" + created.get("id").asLong());
        // JSON, never HTML, and the text comes back exactly as sent (escaping is the page's job)
        assertThat(shown.contentType()).startsWith("application/json");
        assertThat(shown.json().get("description").asString()).isEqualTo(script);
        // and Open311 XML escapes it: no element named script
        String xml = FeedbackFixtures.get(port, "/open311/v2/requests/" + created.get("id").asLong() + ".xml").body();
        assertThat(xml).contains("&lt;script&gt;alert(&apos;xss&apos;)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void aBurstFromOneClientIs429WithRetryAfter() {
        ApiClient client = ApiClient.anonymous(port).header("X-Forwarded-For", "203.0.113.150");
        ApiClient.Response last = null;
        int accepted = 0;
        for (int i = 0; i < 30; i++) {
            last = client.post(REPORTS, report(POTHOLE, "Burst " + i, BEN_THANH_LAT, BEN_THANH_LON));
            if (last.status() == 429) {
                break;
            }
            accepted++;
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get("code").asString()).isEqualTo("too-many-requests");
        assertThat(Integer.parseInt(last.retryAfter())).isPositive();
        assertThat(accepted).isBetween(10, 12);
        // another client is not affected
        assertThat(FeedbackFixtures.anonymous(port).post(REPORTS, report(POTHOLE, "Other client", BEN_THANH_LAT,
                BEN_THANH_LON)).status()).isEqualTo(201);
    }

    private static Map<String, String> fields(String description) {
        return Map.of("category", POTHOLE, "description", description,
                "latitude", String.valueOf(BEN_THANH_LAT), "longitude", String.valueOf(BEN_THANH_LON));
    }
}
