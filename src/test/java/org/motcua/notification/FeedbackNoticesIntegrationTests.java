package org.motcua.notification;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.feedback.FeedbackAnswered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Feedback reports: the reporter who left a contact is told when the report is assigned and answered (once per event,
 * on the contacts they left); the unit's processors and leaders find the new report in their in-app inbox only.
 */
class FeedbackNoticesIntegrationTests extends NotificationIntegrationTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theReporterIsToldOfTheAssignmentAndTheAnswerOnTheContactsTheyLeftOnce() throws Exception {
        // given an anonymous report near Bến Thành market with an e-mail address and a phone
        String email = email("reporter");
        String phone = phone();
        long id = report(email, phone);

        // when routing assigns it to Bến Thành
        String assigned = eventKeyLike("feedback-assigned:" + id + ":");

        // then the reporter gets an e-mail and an SMS (no in-app inbox without logging in)
        List<Row> rows = awaitMessages(assigned, 2);
        assertThat(rows).extracting(Row::channel).containsExactly("EMAIL", "SMS");
        assertThat(rows).extracting(Row::recipient).containsOnly("reporter:" + id);
        assertThat(message(assigned, "EMAIL").address()).isEqualTo(email);
        assertThat(message(assigned, "EMAIL").subject()).isEqualTo("Phản ánh số " + id
                + " đã được giao cho Phường Bến Thành");
        assertThat(message(assigned, "SMS").body()).startsWith("Phan anh so " + id
                + " da duoc giao cho Phuong Ben Thanh. Han tra loi: ");

        // and the unit's processor and leader find it in their in-app inbox, with no e-mail or SMS
        String fresh = eventKeyLike("feedback-new:" + id + ":");
        List<Row> handlers = awaitMessages(fresh, 2);
        assertThat(handlers).extracting(Row::channel).containsOnly("IN_APP");
        assertThat(handlers).extracting(Row::recipient)
                .contains("staff:ben-thanh.processor", "staff:ben-thanh.leader")
                .doesNotContain("staff:ben-thanh.reception", "staff:ben-thanh.clerk");
        // the link opens the report's staff page, not the JSON API
        assertThat(handlers).extracting(Row::link).allSatisfy(l -> assertThat(l).endsWith("/staff/feedback/" + id));
        assertThat(ApiClient.as(port, "ben-thanh.processor").get("/api/v1/me/notifications?size=200").body())
                .contains("Phản ánh mới số " + id);

        // when the processor answers
        ApiClient processor = ApiClient.as(port, "ben-thanh.processor");
        ApiClient.Response answered = processor.post("/api/v1/feedback/reports/" + id + "/actions",
                Map.of("action", "ANSWER", "text", "Đã vá ổ gà."));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

        // then the reporter is told, once per channel, with the link to the report
        String answer = eventKeyLike("feedback-answered:" + id + ":");
        assertThat(awaitMessages(answer, 2)).extracting(Row::channel).containsExactly("EMAIL", "SMS");
        assertThat(message(answer, "EMAIL").subject()).isEqualTo("Phản ánh số " + id + " đã được trả lời");
        assertThat(message(answer, "EMAIL").link()).endsWith("/feedback/" + id);
        sendAll();
        assertThat(mailsTo(email)).hasSize(2);
        assertThat(smsTo(phone)).hasSize(2);

        // when the answer is delivered again
        long at = Long.parseLong(answer.substring(answer.lastIndexOf(':') + 1));
        tx.executeWithoutResult(s -> events.publishEvent(new FeedbackAnswered(id, "ben-thanh", true,
                Instant.ofEpochMilli(at))));
        Thread.sleep(1500);
        sendAll();

        // then nothing more is written or sent
        assertThat(messages(answer)).hasSize(2);
        assertThat(mailsTo(email)).hasSize(2);
        assertThat(smsTo(phone)).hasSize(2);
    }

    @Test
    void aReportWithoutContactTellsNoReporterButStillReachesTheUnit() {
        long id = report(null, null);

        String fresh = eventKeyLike("feedback-new:" + id + ":");
        assertThat(awaitMessages(fresh, 2)).extracting(Row::channel).containsOnly("IN_APP");
        assertThat(jdbc.sql("select count(*) from notification_message where event_key like :k")
                .param("k", "feedback-assigned:" + id + ":%").query(Integer.class).single()).isZero();
    }

    private long report(String email, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "giao-thong.hu-hong-mat-duong");
        body.put("description", "Ổ gà sâu trước chợ Bến Thành " + System.nanoTime());
        body.put("latitude", 10.7725);
        body.put("longitude", 106.6980);
        if (email != null) {
            body.put("contactEmail", email);
        }
        if (phone != null) {
            body.put("contactPhone", phone);
        }
        int n = CLIENTS.incrementAndGet();
        ApiClient.Response r = ApiClient.anonymous(port).header("X-Forwarded-For", "198.19." + (n / 250) + "."
                + (n % 250 + 1)).post("/api/v1/feedback/public/reports", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RECEIVED".equals(ApiClient.anonymous(port)
                .get("/api/v1/feedback/public/reports/" + id).json().get("status").asString()));
        return id;
    }
}
