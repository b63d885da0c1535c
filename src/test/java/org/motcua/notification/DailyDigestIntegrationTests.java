package org.motcua.notification;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Officials get one digest per day, not one message per dossier, made once across nodes. */
class DailyDigestIntegrationTests extends NotificationIntegrationTest {

    private static final String UNIT = "binh-trung";

    @Autowired
    DailyDigest digest;

    @Test
    void eachOfficialGetsOneDigestADayWithWhatArrivedWhatIsDueAndWhatIsLate() throws Exception {
        // given a reception clerk who gave an e-mail address, and two dossiers waiting at their desk
        String email = email("reception");
        ApiClient.Response saved = ApiClient.as(port, UNIT + ".reception").put("/api/v1/me/notification-preferences",
                Map.of("emailAddress", email));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        String first = deskDossier(UNIT, personalId(), null, null);
        String second = deskDossier(UNIT, personalId(), null, null);
        assertThat(first).isNotEqualTo(second);

        // when the digest of a day is made
        LocalDate day = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        int told = digest.run(day);

        // then the clerk gets one in-app message and one e-mail (no SMS for staff by default), counting both dossiers
        assertThat(told).isPositive();
        String key = "staff-digest:" + day;
        List<Row> mine = messages(key).stream().filter(r -> r.recipient().equals("staff:" + UNIT + ".reception"))
                .toList();
        assertThat(mine).extracting(Row::channel).containsExactly("EMAIL", "IN_APP");
        assertThat(mine).extracting(Row::link).allSatisfy(l -> assertThat(l).endsWith("/staff/inbox"));
        String body = mine.get(1).body();
        long arrived = Long.parseLong(body.replaceAll("^Ngày [0-9/]+: ([0-9.]+) hồ sơ mới.*$", "$1")
                .replace(".", ""));
        assertThat(arrived).isGreaterThanOrEqualTo(2);
        sendAll();
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(mailsTo(email).get(0).getSubject()).startsWith("Tổng hợp hồ sơ ngày ");
        int rowsAfterFirstRun = messages(key).size();

        // when the digest of the same day is asked for again (another node, a restart)
        assertThat(digest.run(day)).isEqualTo(-1);

        // then nobody gets a second one
        assertThat(messages(key)).hasSize(rowsAfterFirstRun);
        sendAll();
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void twoNodesMakingTheSameDayAtOnceMakeItOnce() throws Exception {
        deskDossier(UNIT, personalId(), null, null);
        LocalDate day = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> digest.run(day);
            Future<Integer> a = nodes.submit(run);
            Future<Integer> b = nodes.submit(run);
            List<Integer> results = List.of(a.get(), b.get());
            assertThat(results).containsOnlyOnce(-1);
            assertThat(results.stream().filter(r -> r > 0)).hasSize(1);
        } finally {
            nodes.shutdownNow();
        }
        List<Row> rows = messages("staff-digest:" + day);
        assertThat(rows.stream().map(r -> r.recipient() + "/" + r.channel()).distinct().count())
                .isEqualTo(rows.size());
    }
}
