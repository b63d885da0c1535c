package org.motcua.monitoring;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The indicators API: who may read what, bad inputs, drill-down, exports and charts. */
@PlatformTest
class IndicatorsApiIntegrationTests {

    private static final String UNIT = "long-truong";

    @LocalServerPort
    int port;

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private String month() {
        return MonitoringFixtures.thisMonth();
    }

    /** A finished and a withdrawn dossier of the unit, counted. */
    private List<String> fixtures() {
        MonitoringFixtures f = new MonitoringFixtures(port);
        Map<String, Long> before = f.counts(UNIT, month());
        String finished = f.maritalStatus(UNIT, "079190091001");
        f.finishAndReturn(UNIT, finished);
        String withdrawn = f.maritalStatus(UNIT, "079190091002");
        f.act(UNIT + ".reception", withdrawn, Map.of("action", "WITHDRAW", "reason", "Không cần nữa"));
        await().atMost(Duration.ofSeconds(20)).until(() -> f.counts(UNIT, month()).get("received")
                == before.get("received") + 2 && f.counts(UNIT, month()).get("withdrawn") == before.get("withdrawn") + 1
                && f.counts(UNIT, month()).get("finishedOnTime") == before.get("finishedOnTime") + 1);
        return List.of(finished, withdrawn);
    }

    @Test
    void aUnitsReportShowsEveryNumberWithHowItWasComputed() {
        fixtures();
        ApiClient.Response r = as("long-truong.leader").get("/api/v1/indicators?unit=" + UNIT + "&period=" + month());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("unitName").asString()).isEqualTo("Phường Long Trường");
        assertThat(body.get("counts").get("received").asLong()).isGreaterThanOrEqualTo(2);
        List<String> groups = new ArrayList<>();
        body.get("index").get("groups").forEach(g -> groups.add(g.get("key").asString()));
        assertThat(groups).containsExactly("disclosure", "progress", "online", "digitisation", "satisfaction",
                "onlinePayment");
        JsonNode progress = body.get("index").get("groups").get(1);
        assertThat(progress.get("max").asInt()).isEqualTo(20);
        assertThat(progress.get("computedAs").asString()).startsWith("20 × ").contains("finished or in progress");
        JsonNode feedback = null;
        for (JsonNode i : body.get("indicators")) {
            if (i.get("key").asString().equals("feedbackHandledOnTime")) {
                feedback = i;
            }
        }
        assertThat(feedback).isNotNull();
        // the feedback module supplies it now (FeedbackFiguresIntegrationTests checks its numbers)
        assertThat(feedback.get("status").asString()).isIn("OK", "NO_DATA");
        assertThat(feedback.get("computedAs").asString()).contains("answered on time");
        assertThat(body.get("index").get("total").asDouble()).isBetween(0.0, 100.0);

        // a quarter and a year contain the month
        long received = body.get("counts").get("received").asLong();
        String year = month().substring(0, 4);
        int q = (Integer.parseInt(month().substring(5)) + 2) / 3;
        assertThat(as("city.auditor").get("/api/v1/indicators?unit=" + UNIT + "&period=" + year + "-Q" + q).json()
                .get("counts").get("received").asLong()).isGreaterThanOrEqualTo(received);
        assertThat(as("city.auditor").get("/api/v1/indicators?unit=" + UNIT + "&period=" + year).json()
                .get("counts").get("received").asLong()).isGreaterThanOrEqualTo(received);
    }

    @Test
    void theCityIsTheSumOfItsUnits() {
        fixtures();
        JsonNode city = as("city.admin").get("/api/v1/indicators?unit=city&period=" + month()).json();
        JsonNode ranking = as("city.admin").get("/api/v1/indicators/ranking?period=" + month()).json();
        long sum = 0;
        for (JsonNode u : ranking) {
            sum += u.get("counts").get("received").asLong();
        }
        assertThat(city.get("counts").get("received").asLong()).isEqualTo(sum).isGreaterThanOrEqualTo(2);
        assertThat(city.get("unit").asString()).isEqualTo("city");
    }

    @Test
    void drillDownFromTheUnitToItsProceduresToTheDossiersBehindANumber() {
        List<String> codes = fixtures();
        JsonNode procedures = as("long-truong.leader").get("/api/v1/indicators/procedures?unit=" + UNIT
                + "&period=" + month()).json();
        assertThat(procedures.findValuesAsString("unit")).contains(MonitoringFixtures.MARITAL_STATUS);

        ApiClient.Response withdrawn = as("long-truong.processor").get("/api/v1/indicators/dossiers?unit=" + UNIT
                + "&procedure=" + MonitoringFixtures.MARITAL_STATUS + "&period=" + month() + "&measure=withdrawn");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().findValuesAsString("code")).contains(codes.get(1)).doesNotContain(codes.get(0));
        assertThat(as("city.auditor").get("/api/v1/indicators/dossiers?unit=" + UNIT + "&period=" + month()
                + "&measure=finishedOnTime").json().findValuesAsString("code")).contains(codes.get(0));
    }

    @Test
    void theDossiersBehindANumberAreForTheUnitsOwnStaffAndTheCity() {
        ApiClient.Response other = as("ben-thanh.leader").get("/api/v1/indicators/dossiers?unit=" + UNIT
                + "&period=" + month());
        assertThat(other.status()).isEqualTo(403);
        assertThat(as("long-truong.leader").get("/api/v1/indicators/dossiers?unit=city&period=" + month()).status())
                .isEqualTo(403);
        assertThat(as("city.admin").get("/api/v1/indicators/dossiers?unit=city&period=" + month()).status())
                .isEqualTo(200);
    }

    @Test
    void theNumbersAreForStaff() {
        assertThat(ApiClient.anonymous(port).get("/api/v1/indicators?unit=city&period=2026").status())
                .isEqualTo(401);
        ApiClient.Response citizen = ApiClient.as(port, "079096001234").get("/api/v1/indicators?unit=city&period=2026");
        assertThat(citizen.status()).isEqualTo(403);
    }

    @Test
    void badParametersAreNamed() {
        assertProblem(as("city.admin").get("/api/v1/indicators?unit=city"), 400, "invalid-parameter", "period");
        assertProblem(as("city.admin").get("/api/v1/indicators?unit=city&period=2026-13"), 400, "invalid-parameter",
                "period");
        assertProblem(as("city.admin").get("/api/v1/indicators?unit=city&period=2026-Q5"), 400, "invalid-parameter",
                "period");
        assertProblem(as("city.admin").get("/api/v1/indicators?period=2026"), 400, "invalid-parameter", "unit");
        assertThat(as("city.admin").get("/api/v1/indicators?unit=no-such-ward&period=2026").json().get("code")
                .asString()).isEqualTo("unit-not-found");
        assertProblem(as("city.admin").get("/api/v1/indicators?unit=city&period=2026&format=pdf"), 400,
                "invalid-parameter", "format");
        assertProblem(as("city.admin").get("/api/v1/indicators/dossiers?unit=city&period=2026&measure=bogus"), 400,
                "invalid-parameter", "measure");
        assertProblem(as("city.admin").get("/api/v1/indicators/dossiers?unit=city&period=2026&size=5000"), 400,
                "invalid-parameter", "size");
        assertProblem(as("city.admin").get("/api/v1/indicators/trend?unit=city&period=2026&format=svg&metric=x"),
                400, "invalid-parameter", "metric");
    }

    @Test
    void everyTableExportsAsCsvAndXlsx() throws Exception {
        fixtures();
        ApiClient.Response csv = as("city.admin").get("/api/v1/indicators?unit=" + UNIT + "&period=" + month()
                + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("section,key,value,numerator,denominator,status,computedAs")
                .contains("feedbackHandledOnTime").contains("index,total");
        for (String path : List.of("/api/v1/indicators/ranking?period=" + month(),
                "/api/v1/indicators/procedures?unit=" + UNIT + "&period=" + month(),
                "/api/v1/indicators/trend?unit=" + UNIT + "&period=" + month(),
                "/api/v1/indicators/dossiers?unit=" + UNIT + "&period=" + month())) {
            assertThat(as("city.admin").get(path + "&format=csv").contentType()).as(path).startsWith("text/csv");
            byte[] xlsx = as("city.admin").bytes(path + "&format=xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).as(path).isNotBlank();
            }
        }
        byte[] ranking = as("city.admin").bytes("/api/v1/indicators/ranking?period=" + month() + "&format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ranking))) {
            List<String> units = new ArrayList<>();
            book.getSheetAt(0).forEach(row -> units.add(row.getCell(0).getStringCellValue()));
            assertThat(units).contains("unit", UNIT);
        }
    }

    @Test
    void trendAndRankingChartsAreSvgWithTheirTableBeside() {
        fixtures();
        ApiClient.Response svg = as("city.admin").get("/api/v1/indicators/trend?unit=" + UNIT + "&period="
                + month().substring(0, 4) + "&format=svg&metric=received");
        assertThat(svg.status()).as(svg.toString()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg").contains("role=\"img\"").contains("<title id=\"trend-received-title\">");
        ApiClient.Response html = as("city.admin")
                .get("/api/v1/indicators/ranking?period=" + month() + "&format=html&lang=en");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).startsWith("<figure").contains("<svg").contains("<table><caption>Units ranked by")
                .contains("Phường Long Trường");
    }

    @Test
    void thePublicPageShowsEachUnitsIndexWithoutLoggingIn() {
        fixtures();
        ApiClient.Response r = ApiClient.anonymous(port).get("/api/v1/public/service-quality?period=" + month());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode unit = null;
        for (JsonNode u : r.json()) {
            if (u.get("unit").asString().equals(UNIT)) {
                unit = u;
            }
        }
        assertThat(unit).isNotNull();
        assertThat(unit.get("groups").has("progress")).isTrue();
        assertThat(unit.has("index")).isTrue();
        assertThat(ApiClient.anonymous(port).get("/api/v1/public/service-quality?period=x").status()).isEqualTo(400);
    }

    private static void assertProblem(ApiClient.Response r, int status, String code, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().get("code").asString()).isEqualTo(code);
        assertThat(r.json().get("errors").findValuesAsString("field")).contains(field);
    }
}
