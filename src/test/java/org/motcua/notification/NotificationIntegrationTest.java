package org.motcua.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform with an in-process SMTP server (GreenMail) and the outbox worker driven by the tests (not scheduled);
 * short back-off, three attempts, 40 SMS per minute. All notification integration tests share this one context.
 */
@PlatformTest
@TestPropertySource(properties = {
        "motcua.notification.worker-enabled=false",
        "motcua.notification.backoff-base=1s",
        "motcua.notification.backoff-max=2s",
        "motcua.notification.max-attempts=3",
        "motcua.notification.sms-per-minute=40",
        "motcua.notification.claim-lease=30s",
        "motcua.notification.email.timeout=3s"})
abstract class NotificationIntegrationTest {

    static final int SMTP_PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("motcua.notification.email.host", () -> "127.0.0.1");
        registry.add("motcua.notification.email.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxWorker worker;

    @Autowired
    TransactionTemplate tx;

    record Row(long id, String channel, String status, String address, String recipient, String subject, String body,
               String link, int attempts, String lastError, String language) {
    }

    List<Row> messages(String eventKey) {
        return jdbc.sql("""
                        select id, channel, status, address, recipient, subject, body, link, attempts, last_error, language
                        from notification_message where event_key = :k order by channel""")
                .param("k", eventKey)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                        rs.getString(10), rs.getString(11)))
                .list();
    }

    Row message(String eventKey, String channel) {
        return messages(eventKey).stream().filter(r -> r.channel().equals(channel)).findFirst().orElseThrow();
    }

    List<Row> awaitMessages(String eventKey, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> messages(eventKey).size() >= count);
        return messages(eventKey);
    }

    String eventKeyLike(String prefix) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !keysLike(prefix).isEmpty());
        return keysLike(prefix).get(0);
    }

    private List<String> keysLike(String prefix) {
        return jdbc.sql("select distinct event_key from notification_message where event_key like :p")
                .param("p", prefix + "%").query(String.class).list();
    }

    /** Runs the worker until nothing due is left to send (or the server keeps failing). */
    void sendAll() {
        for (int i = 0; i < 10 && worker.runOnce() > 0; i++) {
            // another poll
        }
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String text(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> smsTo(String phone) {
        return jdbc.sql("select text from notification_demo_sms where to_number = :to order by id")
                .param("to", phone).query(String.class).list();
    }

    static String personalId() {
        return "0792" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String phone() {
        return "098" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    static String email(String who) {
        return who + "." + System.nanoTime() + "@example.vn";
    }

    /** Reception of {@code unit} takes in a marital-status dossier (steps: reception, processor, leader, clerk). */
    String deskDossier(String unit, String personalId, String email, String phone) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("personalId", personalId);
        applicant.put("fullName", "Nguyễn Thị Hằng");
        applicant.put("dateOfBirth", "1990-05-17");
        if (phone != null) {
            applicant.put("phone", phone);
        }
        if (email != null) {
            applicant.put("email", email);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", "1.004873.000.00.00.H29");
        body.put("channel", "IN_PERSON");
        body.put("receivingUnit", unit);
        body.put("competentUnit", unit);
        body.put("applicant", applicant);
        body.put("form", Map.of("currentStatus", "never-married", "purpose", "marriage"));
        ApiClient.Response r = ApiClient.as(port, unit + ".reception").post("/api/v1/dossiers", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("code").asString();
    }

    void act(String account, String code, Map<String, Object> action) {
        ApiClient.Response r = ApiClient.as(port, account).post("/api/v1/dossiers/" + code + "/actions", action);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
