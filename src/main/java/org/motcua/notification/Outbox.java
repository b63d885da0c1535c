package org.motcua.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * The outbox table: messages written once per (event, recipient, channel), claimed by the worker with
 * {@code FOR UPDATE SKIP LOCKED} for a lease, then marked sent, rescheduled or dead.
 */
@Repository
class Outbox {

    private static final String COLUMNS = """
            id, event_key, template, recipient, channel, address, language, subject, body, link, status, attempts,
            next_attempt_at, last_error, created_at, sent_at, read_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Outbox(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Writes the message in the caller's transaction; false when the same event already gave this recipient a
     * message on this channel. In-app messages are delivered by being written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean add(NewMessage m, Instant now) {
        return addAll(List.of(m), now) == 1;
    }

    /**
     * {@link #add} for a notice's messages (in-app, e-mail, SMS) in one round trip to the database; returns how many
     * were new.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int addAll(List<NewMessage> messages, Instant now) {
        if (messages.isEmpty()) {
            return 0;
        }
        Timestamp at = Timestamp.from(now);
        int[] written = template.batchUpdate("""
                        insert into notification_message (event_key, template, recipient, channel, address, language,
                            subject, body, link, status, next_attempt_at, created_at, sent_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (event_key, recipient, channel) do nothing""",
                messages.stream().map(m -> {
                    boolean inApp = m.channel() == Channel.IN_APP;
                    return new Object[]{m.eventKey(), m.template(), m.recipient(), m.channel().name(), m.address(),
                            m.language(), m.subject(), m.body(), m.link(),
                            inApp ? MessageStatus.SENT.name() : MessageStatus.PENDING.name(), at, at,
                            inApp ? at : null};
                }).toList());
        return (int) Arrays.stream(written).filter(n -> n == 1).count();
    }

    /**
     * Claims up to {@code limit} due messages of a channel for {@code node} until {@code until}, counting the attempt;
     * rows claimed by another node whose lease has not run out, or locked by it right now, are skipped. Claims of one
     * channel are serialised across nodes so that the rate limit holds.
     */
    @Transactional
    List<OutboxMessage> claim(Channel channel, String node, int batchSize, int perMinute, Instant now, Instant until) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", "notification-claim-" + channel.name())
                .query((rs, n) -> 1).list();
        int recent = jdbc.sql("""
                        select count(*) from notification_message
                        where channel = :channel and last_attempt_at > :since""")
                .param("channel", channel.name()).param("since", Timestamp.from(now.minusSeconds(60)))
                .query(Integer.class).single();
        int limit = Math.min(batchSize, perMinute - recent);
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.sql("""
                        update notification_message set claimed_by = :node, claimed_until = :until,
                            attempts = attempts + 1, last_attempt_at = :now
                        where id in (select id from notification_message
                                     where channel = :channel and status = 'PENDING' and next_attempt_at <= :now
                                       and (claimed_until is null or claimed_until < :now)
                                     order by next_attempt_at, id limit :limit for update skip locked)
                        returning id, event_key, template, recipient, channel, address, language, subject, body, link,
                            attempts""")
                .param("node", node).param("until", Timestamp.from(until)).param("now", Timestamp.from(now))
                .param("channel", channel.name()).param("limit", limit)
                .query((rs, n) -> new OutboxMessage(rs.getLong("id"), rs.getString("event_key"),
                        rs.getString("template"), rs.getString("recipient"), Channel.valueOf(rs.getString("channel")),
                        rs.getString("address"), rs.getString("language"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("link"), rs.getInt("attempts")))
                .list().stream().sorted(java.util.Comparator.comparingLong(OutboxMessage::id)).toList();
    }

    /** The message was accepted; only the node holding the claim marks it. */
    @Transactional
    boolean sent(long id, String node, Instant now) {
        return jdbc.sql("""
                        update notification_message set status = 'SENT', sent_at = :now, claimed_by = null,
                            claimed_until = null, last_error = null
                        where id = :id and claimed_by = :node and status = 'PENDING'""")
                .param("id", id).param("node", node).param("now", Timestamp.from(now)).update() == 1;
    }

    /** The attempt failed: tried again at {@code nextAttempt}, or dead-lettered when it is null. */
    @Transactional
    void failed(long id, String node, String error, Instant nextAttempt) {
        String reason = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.sql("""
                        update notification_message set status = :status, last_error = :error,
                            next_attempt_at = coalesce(:next, next_attempt_at), claimed_by = null, claimed_until = null
                        where id = :id and claimed_by = :node and status = 'PENDING'""")
                .param("status", nextAttempt == null ? "DEAD" : "PENDING").param("error", reason)
                .param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                .param("id", id).param("node", node).update();
    }

    /** Gives claimed messages back unattempted (the worker stops). */
    @Transactional
    void release(List<Long> ids, String node) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update notification_message set claimed_by = null, claimed_until = null,
                            attempts = greatest(attempts - 1, 0)
                        where id in (:ids) and claimed_by = :node and status = 'PENDING'""")
                .param("ids", ids).param("node", node).update();
    }

    // ---- the city administrator's view ----------------------------------------------------------------------

    /** E-mail and SMS messages, newest first; no statuses means any status. */
    List<OutboxEntry> list(Set<MessageStatus> statuses, Channel channel, String recipient, int limit, long offset) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("where channel <> 'IN_APP'");
        if (!statuses.isEmpty()) {
            where.append(" and status in (:statuses)");
            params.put("statuses", statuses.stream().map(Enum::name).toList());
        }
        if (channel != null) {
            where.append(" and channel = :channel");
            params.put("channel", channel.name());
        }
        if (recipient != null) {
            where.append(" and recipient = :recipient");
            params.put("recipient", recipient);
        }
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select " + COLUMNS + " from notification_message " + where
                        + " order by id desc limit :limit offset :offset")
                .params(params).query((rs, n) -> entry(rs)).list();
    }

    /** E-mail and SMS messages per status and channel (the in-app inbox is delivered when written). */
    List<OutboxCount> counts() {
        return jdbc.sql("""
                        select status, channel, count(*) from notification_message where channel <> 'IN_APP'
                        group by status, channel order by status, channel""")
                .query((rs, n) -> new OutboxCount(MessageStatus.valueOf(rs.getString(1)),
                        Channel.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }

    Optional<OutboxEntry> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification_message where id = :id")
                .param("id", id).query((rs, n) -> entry(rs)).optional();
    }

    /** A dead letter is sent again: attempts start over. False when the message is not dead. */
    @Transactional
    boolean retry(long id, Instant now) {
        return jdbc.sql("""
                        update notification_message set status = 'PENDING', attempts = 0, next_attempt_at = :now,
                            claimed_by = null, claimed_until = null
                        where id = :id and status = 'DEAD'""")
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    // ---- the in-app inbox -----------------------------------------------------------------------------------

    List<InboxMessage> inbox(String recipient, boolean unreadOnly, int limit, long offset) {
        return jdbc.sql("""
                        select id, template, subject, body, link, created_at, read_at from notification_message
                        where recipient = :r and channel = 'IN_APP'""" + (unreadOnly ? " and read_at is null" : "")
                        + " order by id desc limit :limit offset :offset")
                .param("r", recipient).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new InboxMessage(rs.getLong("id"), rs.getString("template"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("link"),
                        instant(rs, "created_at"), instant(rs, "read_at")))
                .list();
    }

    long unread(String recipient) {
        return jdbc.sql("""
                        select count(*) from notification_message
                        where recipient = :r and channel = 'IN_APP' and read_at is null""")
                .param("r", recipient).query(Long.class).single();
    }

    /** Marks one message read; false when the recipient has no such in-app message. */
    @Transactional
    boolean markRead(String recipient, long id, Instant now) {
        return jdbc.sql("""
                        update notification_message set read_at = coalesce(read_at, :now)
                        where id = :id and recipient = :r and channel = 'IN_APP'""")
                .param("id", id).param("r", recipient).param("now", Timestamp.from(now)).update() == 1;
    }

    @Transactional
    int markAllRead(String recipient, Instant now) {
        return jdbc.sql("""
                        update notification_message set read_at = :now
                        where recipient = :r and channel = 'IN_APP' and read_at is null""")
                .param("r", recipient).param("now", Timestamp.from(now)).update();
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("event_key"), rs.getString("template"),
                rs.getString("recipient"), Channel.valueOf(rs.getString("channel")), rs.getString("address"),
                rs.getString("language"), rs.getString("subject"), rs.getString("body"),
                MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
