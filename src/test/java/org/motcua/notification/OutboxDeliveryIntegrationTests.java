package org.motcua.notification;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox worker against a real SMTP server that goes down, a node that dies mid-batch, the last attempt, the
 * city administrator's retry and the rate limit.
 */
class OutboxDeliveryIntegrationTests extends NotificationIntegrationTest {

    private static final String UNIT = "cau-ong-lanh";

    @Autowired
    Outbox outbox;

    @Autowired
    NotificationProperties properties;

    @Autowired
    AuditLog audit;

    @Test
    void whileTheSmtpServerIsDownMailsWaitAndTheyAreSentOnceWhenItIsBack() throws Exception {
        String email = email("down");
        SMTP.stop();
        String code;
        try {
            // given a dossier received while the SMTP server is down
            code = deskDossier(UNIT, personalId(), email, null);
            awaitMessages("dossier-received:" + code, 2);

            // when the worker tries to send its e-mail, twice
            sendAll();
            Row failed = message("dossier-received:" + code, "EMAIL");
            assertThat(failed.status()).isEqualTo("PENDING");
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError()).startsWith("SMTP");
            sendAll(); // not due yet (back-off): no second attempt
            assertThat(message("dossier-received:" + code, "EMAIL").attempts()).isEqualTo(1);
        } finally {
            SMTP.start();
        }

        // then, the server back and the back-off over, it is sent, once
        Thread.sleep(1100);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            sendAll();
            return message("dossier-received:" + code, "EMAIL").status().equals("SENT");
        });
        assertThat(message("dossier-received:" + code, "EMAIL").attempts()).isEqualTo(2);
        assertThat(mailsTo(email)).hasSize(1);
        sendAll();
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void aWorkerThatDiesMidBatchLosesNothingAndSendsNothingTwice() {
        sendAll(); // what other tests left due
        // given six e-mails in the outbox
        List<String> addresses = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String address = email("batch" + i);
            addresses.add(address);
            String key = "test-batch:" + address;
            tx.executeWithoutResult(s -> outbox.add(new NewMessage(key, "test", "citizen:079200000001",
                    Channel.EMAIL, address, "vi", "Batch", "Batch message", null), Instant.now()));
            ids.add(message(key, "EMAIL").id());
        }

        // when a node claims them, sends two, and dies
        Instant now = Instant.now();
        List<OutboxMessage> batch = outbox.claim(Channel.EMAIL, "node-that-dies", 50, 600, now,
                now.plus(Duration.ofSeconds(30)));
        assertThat(batch).extracting(OutboxMessage::id).containsAll(ids);
        EmailSender sender = new EmailSender(properties.email());
        for (OutboxMessage m : batch.stream().filter(m -> ids.contains(m.id())).limit(2).toList()) {
            try {
                sender.send(m);
            } catch (DeliveryFailure e) {
                throw new AssertionError(e);
            }
            assertThat(outbox.sent(m.id(), "node-that-dies", Instant.now())).isTrue();
        }

        // then another node leaves its claim alone while the lease lasts
        sendAll();
        assertThat(status(ids)).containsExactly("SENT", "SENT", "PENDING", "PENDING", "PENDING", "PENDING");

        // and sends the rest once the lease ran out
        jdbc.sql("update notification_message set claimed_until = now() - interval '1 second' where id in (:ids)"
                        + " and claimed_by = 'node-that-dies'").param("ids", ids).update();
        sendAll();
        assertThat(status(ids)).containsOnly("SENT");
        addresses.forEach(a -> assertThat(mailsTo(a)).as(a).hasSize(1));
        // a late write of the dead node changes nothing
        assertThat(outbox.sent(ids.get(5), "node-that-dies", Instant.now())).isFalse();
    }

    @Test
    void aStoppingWorkerGivesBackWhatItHasNotSentYet() {
        sendAll();
        List<String> keys = emails("stop", 3);
        List<String> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        OutboxWorker[] stopping = new OutboxWorker[1];
        ChannelSender fake = new ChannelSender() {
            public Channel channel() {
                return Channel.EMAIL;
            }

            public void send(OutboxMessage m) {
                delivered.add(m.eventKey());
                stopping[0].stop(); // the node is shut down while this message is being sent
            }
        };
        stopping[0] = new OutboxWorker(outbox, new Deliveries(List.of(fake)), properties, java.util.Optional.empty());

        stopping[0].runOnce();

        // the message being sent is recorded, the others are given back unattempted and sent by another node
        assertThat(delivered).hasSize(1);
        List<Row> rows = keys.stream().map(k -> message(k, "EMAIL")).toList();
        assertThat(rows).filteredOn(r -> r.status().equals("SENT")).hasSize(1);
        assertThat(rows).filteredOn(r -> r.status().equals("PENDING")).extracting(Row::attempts).containsOnly(0);
        sendAll();
        assertThat(keys.stream().map(k -> message(k, "EMAIL").status())).containsOnly("SENT");
        assertThat(keys.stream().filter(k -> !delivered.contains(k))
                .map(k -> mailsTo(k.substring(k.indexOf(':') + 1)).size())).containsOnly(1);
    }

    @Test
    void aSlowServerDoesNotKeepABatchPastHalfItsLease() {
        sendAll();
        List<String> keys = emails("slow", 3);
        NotificationProperties p = properties;
        NotificationProperties shortLease = new NotificationProperties(false, p.workerInterval(), p.batchSize(),
                Duration.ofMillis(1000), p.maxAttempts(), p.backoffBase(), p.backoffMax(), p.emailPerMinute(),
                p.smsPerMinute(), p.digestCron(), p.email(), p.sms());
        ChannelSender slow = new ChannelSender() {
            public Channel channel() {
                return Channel.EMAIL;
            }

            public void send(OutboxMessage m) {
                try {
                    Thread.sleep(700);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        new OutboxWorker(outbox, new Deliveries(List.of(slow)), shortLease, java.util.Optional.empty()).runOnce();

        List<Row> rows = keys.stream().map(k -> message(k, "EMAIL")).toList();
        assertThat(rows).filteredOn(r -> r.status().equals("SENT")).hasSize(1);
        assertThat(rows).filteredOn(r -> r.status().equals("PENDING")).hasSize(2).extracting(Row::attempts)
                .containsOnly(0);
        sendAll();
        assertThat(keys.stream().map(k -> message(k, "EMAIL").status())).containsOnly("SENT");
    }

    @Test
    void nodesClaimingAtTheSameTimeNeverGetTheSameMessage() throws Exception {
        sendAll();
        List<String> keys = emails("race", 30);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            Instant now = Instant.now();
            List<java.util.concurrent.Future<List<OutboxMessage>>> claims = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                String node = "race-node-" + n;
                claims.add(nodes.submit(() -> outbox.claim(Channel.EMAIL, node, 12, 600, now,
                        now.plusSeconds(30))));
            }
            List<String> claimed = new ArrayList<>();
            for (var claim : claims) {
                claim.get().stream().map(OutboxMessage::eventKey).filter(keys::contains).forEach(claimed::add);
            }
            assertThat(claimed).doesNotHaveDuplicates().hasSize(30);
        } finally {
            nodes.shutdownNow();
        }
        jdbc.sql("update notification_message set claimed_until = now() - interval '1 second'"
                + " where claimed_by like 'race-node-%'").update();
        sendAll();
        assertThat(keys.stream().map(k -> message(k, "EMAIL").status())).containsOnly("SENT");
    }

    /** Writes {@code count} e-mails to distinct addresses; their event keys are {@code test-<what>:<address>}. */
    private List<String> emails(String what, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String address = email(what + i);
            String key = "test-" + what + ":" + address;
            keys.add(key);
            tx.executeWithoutResult(s -> outbox.add(new NewMessage(key, "test", "citizen:079200000002",
                    Channel.EMAIL, address, "vi", "Test", "Test message", null), Instant.now()));
        }
        return keys;
    }

    @Test
    void afterTheLastAttemptAMessageIsDeadWithItsReasonAndTheCityAdminSendsItAgain() {
        String email = email("dead");
        String code;
        SMTP.stop();
        try {
            code = deskDossier(UNIT, personalId(), email, null);
            awaitMessages("dossier-received:" + code, 2);
            long id = message("dossier-received:" + code, "EMAIL").id();
            for (int attempt = 1; attempt <= 3; attempt++) {
                jdbc.sql("update notification_message set next_attempt_at = now() where id = :id").param("id", id)
                        .update();
                sendAll();
                assertThat(message("dossier-received:" + code, "EMAIL").attempts()).isEqualTo(attempt);
            }
        } finally {
            SMTP.start();
        }
        Row dead = message("dossier-received:" + code, "EMAIL");
        assertThat(dead.status()).isEqualTo("DEAD");
        assertThat(dead.lastError()).startsWith("SMTP").contains("Connect");
        sendAll();
        assertThat(mailsTo(email)).isEmpty();

        // the city administrator sees the dead letter; others may not
        ApiClient admin = ApiClient.as(port, "city.admin");
        JsonNode deadLetters = admin.get("/api/v1/notifications/outbox?status=DEAD&channel=EMAIL&recipient="
                + dead.recipient()).json();
        assertThat(deadLetters.findValuesAsString("eventKey")).contains("dossier-received:" + code);
        assertThat(admin.get("/api/v1/notifications/outbox/" + dead.id()).json().get("lastError").asString())
                .isEqualTo(dead.lastError());
        assertThat(ApiClient.as(port, "city.auditor").get("/api/v1/notifications/outbox?status=DEAD").status())
                .isEqualTo(200);
        assertThat(ApiClient.as(port, UNIT + ".admin").get("/api/v1/notifications/outbox").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, personalId()).get("/api/v1/notifications/outbox").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/notifications/outbox?status=LOST").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/notifications/outbox/999999999").status()).isEqualTo(404);

        // the auditor may not retry; the administrator does, audited, and it is sent once
        assertThat(ApiClient.as(port, "city.auditor").post("/api/v1/notifications/outbox/" + dead.id() + "/retry",
                Map.of()).status()).isEqualTo(403);
        ApiClient.Response retried = admin.post("/api/v1/notifications/outbox/" + dead.id() + "/retry", Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(retried.json().get("attempts").asInt()).isZero();
        assertThat(audit.recent("notification:" + dead.id(), 5)).extracting(e -> e.action())
                .containsExactly("NOTIFICATION_RETRIED");
        ApiClient.Response again = admin.post("/api/v1/notifications/outbox/" + dead.id() + "/retry", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("notification-not-dead");
        sendAll();
        assertThat(message("dossier-received:" + code, "EMAIL").status()).isEqualTo("SENT");
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void aPermanentRefusalIsDeadAtOnce() {
        String key = "test-permanent:" + System.nanoTime();
        tx.executeWithoutResult(s -> outbox.add(new NewMessage(key, "test", "citizen:079200000003", Channel.SMS,
                "12ab", "vi", null, "x", null), Instant.now()));
        sendAll();
        Row row = message(key, "SMS");
        assertThat(row.status()).isEqualTo("DEAD");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).contains("invalid phone number");
    }

    @Test
    void noMoreSmsThanTheRateLimitArePerMinuteAcrossTheCluster() {
        // given no SMS attempted in the last minute, and 50 waiting
        sendAll();
        jdbc.sql("update notification_message set last_attempt_at = last_attempt_at - interval '2 minutes'"
                + " where channel = 'SMS' and last_attempt_at is not null").update();
        String prefix = "test-rate:" + System.nanoTime() + ":";
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 50; i++) {
                outbox.add(new NewMessage(prefix + i, "test", "citizen:079200000004", Channel.SMS, phone(), "vi",
                        null, "Rate " + i, null), Instant.now());
            }
        });

        // when the worker runs, twice
        worker.runOnce();
        worker.runOnce();

        // then 40 are sent (the limit per minute) and 10 wait for the next minute
        assertThat(countLike(prefix, "SENT")).isEqualTo(40);
        assertThat(countLike(prefix, "PENDING")).isEqualTo(10);
        jdbc.sql("update notification_message set last_attempt_at = last_attempt_at - interval '2 minutes'"
                + " where channel = 'SMS' and last_attempt_at is not null").update();
        worker.runOnce();
        assertThat(countLike(prefix, "SENT")).isEqualTo(50);
    }

    private long countLike(String prefix, String status) {
        return jdbc.sql("select count(*) from notification_message where event_key like :p and status = :s")
                .param("p", prefix + "%").param("s", status).query(Long.class).single();
    }

    private List<String> status(List<Long> ids) {
        return ids.stream().map(id -> jdbc.sql("select status from notification_message where id = :id")
                .param("id", id).query(String.class).single()).toList();
    }
}
