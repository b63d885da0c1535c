package org.motcua.monitoring;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.motcua.feedback.FeedbackAnswered;
import org.motcua.feedback.FeedbackAssigned;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** "Feedback handled on time" from reports created and answered through the feedback API. */
@PlatformTest
class FeedbackFiguresIntegrationTests {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    // deadlines moved into months no other test uses, so the counts of these months are this test's own
    private static final Instant LATE_DUE = Instant.parse("2020-03-20T03:00:00Z");
    private static final Instant ON_TIME_DUE = Instant.parse("2099-05-20T03:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FeedbackEventListener listener;

    @Autowired
    FeedbackFigures figureSource;

    @Autowired
    Indicators indicators;

    @Test
    void answeredOnTimeAndLateAreCountedInTheMonthOfTheDeadlineOnceAndAsTheRebuildCountsThem() {
        // given two reports for a ward, routed to it
        long onTime = create();
        long late = create();
        String unit = jdbc.sql("select unit_slug from feedback_report where id = :id").param("id", onTime)
                .query(String.class).single();
        // their deadlines set as if one were due in May 2099 and the other had been due in March 2020
        // (the test cannot wait for a real deadline to pass)
        setDue(onTime, ON_TIME_DUE);
        setDue(late, LATE_DUE);

        // when the ward answers both now
        answer(unit, onTime);
        answer(unit, late);

        // then May 2099 has one report due, answered on time; March 2020 one due, answered late
        FeedbackFigures.Figures may = await().atMost(Duration.ofSeconds(20)).until(() -> figures(unit, "2099-05"),
                f -> f.answered() == 1);
        assertThat(may).isEqualTo(new FeedbackFigures.Figures(1, 0, 1, 1));
        FeedbackFigures.Figures march = await().atMost(Duration.ofSeconds(20)).until(() -> figures(unit, "2020-03"),
                f -> f.answered() == 1);
        assertThat(march).isEqualTo(new FeedbackFigures.Figures(1, 0, 1, 0));
        // and the indicator of the unit shows them, with the counts behind the value
        JsonNode mayIndicator = indicator(unit, "2099-05");
        assertThat(mayIndicator.get("status").asString()).isEqualTo("OK");
        assertThat(mayIndicator.get("value").asDouble()).isEqualTo(1.0);
        assertThat(mayIndicator.get("computedAs").asString()).startsWith("1 answered on time ÷ 1 ");
        JsonNode marchIndicator = indicator(unit, "2020-03");
        assertThat(marchIndicator.get("value").asDouble()).isEqualTo(0.0);
        assertThat(marchIndicator.get("computedAs").asString()).startsWith("0 answered on time ÷ 1 ");
        // the year 2099 contains May's
        assertThat(figures(unit, "2099").answeredOnTime()).isEqualTo(1);
        // and the figures of all units read at once (rankings, green units) are the unit's own
        Period mayPeriod = Indicators.period("2099-05");
        assertThat(figureSource.ofEachUnit(mayPeriod).orElseThrow().get(unit))
                .isEqualTo(figureSource.of(unit, mayPeriod).orElseThrow()).isEqualTo(may);
        IndicatorReport inTheWardList = indicators.wardLevelUnits(mayPeriod).stream()
                .filter(r -> r.unit().equals(unit)).findFirst().orElseThrow();
        assertThat(inTheWardList.indicators()).filteredOn(x -> x.key().equals("feedbackHandledOnTime"))
                .singleElement().satisfies(x -> assertThat(x.numerator()).isEqualTo(1));

        // when the events are delivered again (and an old assignment late), nothing counts twice
        Instant now = Instant.now();
        listener.on(new FeedbackAnswered(onTime, unit, true, now));
        listener.on(new FeedbackAnswered(late, unit, false, now));
        listener.on(new FeedbackAssigned(late, unit, "BOUNDARY", now.plusSeconds(86400), now));
        assertThat(figures(unit, "2099-05")).isEqualTo(may);
        assertThat(figures(unit, "2020-03")).isEqualTo(march);

        // and the city administrator's rebuild computes the same from the feedback module
        ApiClient.Response rebuilt = ApiClient.as(port, "city.admin").post("/api/v1/indicators/rebuild", Map.of());
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(figures(unit, "2099-05")).isEqualTo(may);
        assertThat(figures(unit, "2020-03")).isEqualTo(march);
    }

    private long create() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "giao-thong.hu-hong-mat-duong");
        body.put("description", "Ổ gà trước chợ (kiểm tra giám sát)");
        body.put("latitude", 10.7725);
        body.put("longitude", 106.6980);
        int n = CLIENTS.incrementAndGet();
        ApiClient.Response r = ApiClient.anonymous(port).header("X-Forwarded-For", "198.19.7." + (n % 250 + 1))
                .post("/api/v1/feedback/public/reports", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select status from feedback_report where id = :id").param("id", id).query(String.class).single(),
                s -> !"RECEIVED".equals(s));
        return id;
    }

    private void setDue(long id, Instant due) {
        jdbc.sql("update feedback_report set due_at = :due where id = :id").param("due", Timestamp.from(due))
                .param("id", id).update();
    }

    private void answer(String unit, long id) {
        ApiClient processor = ApiClient.as(port, unit + ".processor");
        ApiClient.Response started = processor.post("/api/v1/feedback/reports/" + id + "/actions",
                Map.of("action", "START"));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        ApiClient.Response answered = processor.post("/api/v1/feedback/reports/" + id + "/actions",
                Map.of("action", "ANSWER", "text", "Đã xử lý."));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    }

    private FeedbackFigures.Figures figures(String unit, String period) {
        JsonNode i = indicator(unit, period);
        JsonNode body = ApiClient.as(port, "city.admin").get("/api/v1/indicators?unit=" + unit + "&period=" + period)
                .json();
        long complaints = 0;
        for (JsonNode x : body.get("indicators")) {
            if (x.get("key").asString().equals("complaintRate")) {
                complaints = x.get("numerator").asLong();
            }
        }
        long answered = jdbc.sql("""
                        select count(*) from monitoring_feedback where unit_slug = :unit and answered_at is not null
                        and due_at >= :from and due_at < :to""").param("unit", unit)
                .param("from", Timestamp.from(Indicators.period(period).from()
                        .atStartOfDay(DossierContribution.ZONE).toInstant()))
                .param("to", Timestamp.from(Indicators.period(period).last().plusMonths(1).atDay(1)
                        .atStartOfDay(DossierContribution.ZONE).toInstant()))
                .query(Long.class).single();
        return new FeedbackFigures.Figures(i.get("denominator").asLong(), complaints, answered,
                i.get("numerator").asLong());
    }

    private JsonNode indicator(String unit, String period) {
        ApiClient.Response r = ApiClient.as(port, "city.admin").get("/api/v1/indicators?unit=" + unit + "&period="
                + period);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode x : r.json().get("indicators")) {
            if (x.get("key").asString().equals("feedbackHandledOnTime")) {
                return x;
            }
        }
        throw new AssertionError("no feedbackHandledOnTime in " + r);
    }
}
