package org.motcua.notification;

import org.motcua.dossier.InboxSummaries;
import org.motcua.dossier.InboxSummary;
import org.motcua.identity.PlatformAddress;
import org.motcua.organization.Role;
import org.motcua.organization.StaffAccount;
import org.motcua.organization.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The officials' daily digest: one message per official per day (not one per dossier) with what arrived in their
 * inboxes in the last 24 hours, what is due within the next 24 hours and what is overdue. Made once per day across
 * all nodes: the day's row in {@code notification_digest_run} is written in the same transaction as the messages, so
 * a second node waits for the first and then finds the day done.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InboxSummaries inboxes;
    private final StaffAccounts staff;
    private final Notifier notifier;
    private final JdbcClient jdbc;
    private final PlatformAddress address;
    private final Clock clock;

    DailyDigest(InboxSummaries inboxes, StaffAccounts staff, Notifier notifier, JdbcClient jdbc,
                PlatformAddress address, Optional<Clock> clock) {
        this.inboxes = inboxes;
        this.staff = staff;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.address = address;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(cron = "${motcua.notification.digest-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void scheduled() {
        run(LocalDate.now(clock.withZone(Templates.ZONE)));
    }

    /** Makes the digest of {@code day}; returns the number of officials told, or -1 when the day was done already. */
    @Transactional
    int run(LocalDate day) {
        Instant now = clock.instant();
        int claimed = jdbc.sql("""
                        insert into notification_digest_run (day, node, messages, finished_at) values (:day, :node, 0, :now)
                        on conflict (day) do nothing""")
                .param("day", day).param("node", nodeName()).param("now", Timestamp.from(now)).update();
        if (claimed == 0) {
            log.info("Daily digest of {} was made already", day);
            return -1;
        }
        Map<String, long[]> perOfficial = new TreeMap<>();
        Map<String, List<StaffAccount>> unitStaff = new HashMap<>();
        for (InboxSummary s : inboxes.at(now, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)))) {
            Optional<Role> role = Role.fromCode(s.role());
            if (role.isEmpty()) {
                continue;
            }
            List<StaffAccount> accounts = unitStaff.computeIfAbsent(s.unit(), u -> {
                try {
                    return staff.ofUnit(u);
                } catch (RuntimeException e) {
                    return List.of();
                }
            });
            for (StaffAccount a : accounts) {
                if (a.enabled() && a.holds(s.unit(), role.get())) {
                    long[] t = perOfficial.computeIfAbsent(a.username(), k -> new long[3]);
                    t[0] += s.arrived();
                    t[1] += s.dueSoon();
                    t[2] += s.overdue();
                }
            }
        }
        String dayText = DAY.format(day);
        String link = address.baseUrl() + "/staff/inbox";
        perOfficial.forEach((username, t) -> notifier.tell(new Notice("staff-digest:" + day, "staff-digest",
                Recipient.staff(username), lang -> new Object[]{dayText, t[0], t[1], t[2]}, link, null, null)));
        jdbc.sql("update notification_digest_run set messages = :n, finished_at = :at where day = :day")
                .param("n", perOfficial.size()).param("at", Timestamp.from(clock.instant())).param("day", day)
                .update();
        log.info("Daily digest of {}: {} official(s) told", day, perOfficial.size());
        return perOfficial.size();
    }

    private static String nodeName() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
    }
}
