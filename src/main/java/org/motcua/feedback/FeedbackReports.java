package org.motcua.feedback;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores reports and their history (tables {@code feedback_report}, {@code feedback_history}). */
@Repository
class FeedbackReports {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<Report> row;

    FeedbackReports(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.row = this::map;
    }

    long nextId() {
        return jdbc.sql("select nextval('feedback_report_seq')").query(Long.class).single();
    }

    void insert(Report r, String followTokenHash) {
        jdbc.sql("""
                        insert into feedback_report (id, category, description, channel, status, latitude, longitude,
                            address, chosen_unit, contact_name, contact_phone, contact_email, reporter_subject, operator,
                            attributes, device_id, media_url, follow_token_hash, open311_token, received_at, due_at, updated_at)
                        values (:id, :category, :description, :channel, :status, :lat, :lon, :address, :chosen,
                            :contactName, :contactPhone, :contactEmail, :subject, :operator, cast(:attributes as jsonb),
                            :device, :media, :follow, :token, :received, :due, :updated)""")
                .param("id", r.id).param("category", r.category).param("description", r.description)
                .param("channel", r.channel.name()).param("status", r.status.name())
                .param("lat", r.latitude).param("lon", r.longitude).param("address", r.address)
                .param("chosen", r.chosenUnit).param("contactName", r.contactName)
                .param("contactPhone", r.contactPhone).param("contactEmail", r.contactEmail)
                .param("subject", r.reporterSubject).param("operator", r.operator)
                .param("attributes", json.writeValueAsString(r.attributes)).param("device", r.deviceId)
                .param("media", r.mediaUrl)
                .param("follow", followTokenHash).param("token", r.open311Token)
                .param("received", ts(r.receivedAt)).param("due", ts(r.dueAt)).param("updated", ts(r.updatedAt))
                .update();
        appendHistory(r);
        r.saved();
    }

    /** Saves a changed report if nobody else changed it since it was read; false otherwise. */
    boolean update(Report r) {
        int n = jdbc.sql("""
                        update feedback_report set status = :status, unit_slug = :unit, routed_by = :routedBy,
                            assigned_at = :assigned, due_at = :due, answer = :answer, answered_at = :answered,
                            answered_by = :answeredBy, closed_at = :closed, close_reason = :closeReason,
                            reopen_count = :reopens, escalated_at = :escalated, rating = :rating,
                            rating_comment = :ratingComment, updated_at = :updated, version = version + 1
                        where id = :id and version = :version""")
                .param("status", r.status.name()).param("unit", r.unit).param("routedBy", r.routedBy)
                .param("assigned", ts(r.assignedAt)).param("due", ts(r.dueAt)).param("answer", r.answer)
                .param("answered", ts(r.answeredAt)).param("answeredBy", r.answeredBy)
                .param("closed", ts(r.closedAt)).param("closeReason", r.closeReason)
                .param("reopens", r.reopenCount).param("escalated", ts(r.escalatedAt))
                .param("rating", r.rating).param("ratingComment", r.ratingComment)
                .param("updated", ts(r.updatedAt)).param("id", r.id).param("version", r.version)
                .update();
        if (n == 0) {
            return false;
        }
        appendHistory(r);
        r.saved();
        r.version++;
        return true;
    }

    Optional<Report> find(long id) {
        return jdbc.sql("select * from feedback_report where id = :id").param("id", id).query(row).optional();
    }

    /** The report, locked for this transaction. */
    Optional<Report> lock(long id) {
        return jdbc.sql("select * from feedback_report where id = :id for update").param("id", id).query(row)
                .optional();
    }

    Optional<Report> byFollowTokenHash(String hash) {
        return jdbc.sql("select * from feedback_report where follow_token_hash = :h").param("h", hash).query(row)
                .optional();
    }

    Optional<Long> idByOpen311Token(String token) {
        return jdbc.sql("select id from feedback_report where open311_token = :t").param("t", token)
                .query(Long.class).optional();
    }

    /** Received reports not routed yet, locked (skipping those another node holds). */
    List<Report> claimReceived(int limit) {
        return jdbc.sql("""
                        select * from feedback_report where status = 'RECEIVED' order by received_at
                        limit :limit for update skip locked""")
                .param("limit", limit).query(row).list();
    }

    /** Reports past their deadline, unanswered and not yet escalated, locked. */
    List<Report> claimOverdue(Instant now, int limit) {
        return jdbc.sql("""
                        select * from feedback_report
                        where escalated_at is null and status in ('ASSIGNED', 'IN_PROGRESS') and due_at < :now
                        order by due_at limit :limit for update skip locked""")
                .param("now", ts(now)).param("limit", limit).query(row).list();
    }

    /** Answered reports whose answer is older than {@code answeredBefore}, locked. */
    List<Report> claimAnsweredBefore(Instant answeredBefore, int limit) {
        return jdbc.sql("""
                        select * from feedback_report where status = 'ANSWERED' and answered_at <= :before
                        order by answered_at limit :limit for update skip locked""")
                .param("before", ts(answeredBefore)).param("limit", limit).query(row).list();
    }

    /** Reports matching a condition written by this module's queries (never from input), newest first. */
    List<Report> where(String condition, Map<String, ?> params, int limit, int offset) {
        var spec = jdbc.sql("select * from feedback_report where " + condition
                + " order by received_at desc, id desc limit :limit offset :offset");
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.param("limit", limit).param("offset", offset).query(row).list();
    }

    /** Like {@link #where}, but the nearest deadline first (the handlers' lists). */
    List<Report> whereByDeadline(String condition, Map<String, ?> params, int limit, int offset) {
        var spec = jdbc.sql("select * from feedback_report where " + condition
                + " order by due_at, id limit :limit offset :offset");
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.param("limit", limit).param("offset", offset).query(row).list();
    }

    /** How many reports match a condition of this module, and how many of them are unanswered past {@code now}. */
    long[] countWhere(String condition, Map<String, ?> params, Instant now) {
        var spec = jdbc.sql("select count(*) as total, count(*) filter (where status in ('ASSIGNED', 'IN_PROGRESS')"
                + " and due_at < :countNow) as overdue from feedback_report where " + condition);
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.param("countNow", ts(now))
                .query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("overdue")}).single();
    }

    List<ReportHistoryEntry> history(long id) {
        return jdbc.sql("""
                        select at, action, actor, from_status, to_status, unit_slug, note from feedback_history
                        where report_id = :id order by id""")
                .param("id", id)
                .query((rs, n) -> new ReportHistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("action"),
                        rs.getString("actor"), status(rs.getString("from_status")),
                        status(rs.getString("to_status")), rs.getString("unit_slug"), rs.getString("note")))
                .list();
    }

    /**
     * Open reports (not yet answered) of the category within {@code radiusMeters} of the point: a box pre-filter on
     * the coordinates, then the haversine distance.
     */
    List<Long> nearbyOpen(String category, double lat, double lon, double radiusMeters, long excludeId) {
        double dLat = radiusMeters / 111_320.0;
        double dLon = radiusMeters / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
        return jdbc.sql("""
                        select id from feedback_report
                        where category = :category and status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS')
                          and id <> :exclude and latitude between :latMin and :latMax
                          and longitude between :lonMin and :lonMax
                          and 2 * 6371000 * asin(sqrt(power(sin(radians(latitude - :lat) / 2), 2)
                              + cos(radians(:lat)) * cos(radians(latitude))
                              * power(sin(radians(longitude - :lon) / 2), 2))) <= :radius
                        order by received_at desc limit 20""")
                .param("category", category).param("exclude", excludeId)
                .param("latMin", lat - dLat).param("latMax", lat + dLat)
                .param("lonMin", lon - dLon).param("lonMax", lon + dLon)
                .param("lat", lat).param("lon", lon).param("radius", radiusMeters)
                .query(Long.class).list();
    }

    private void appendHistory(Report r) {
        for (ReportHistoryEntry h : r.newHistory()) {
            jdbc.sql("""
                            insert into feedback_history (report_id, at, action, actor, from_status, to_status,
                                unit_slug, note)
                            values (:id, :at, :action, :actor, :from, :to, :unit, :note)""")
                    .param("id", r.id).param("at", ts(h.at())).param("action", h.action()).param("actor", h.actor())
                    .param("from", h.fromStatus() == null ? null : h.fromStatus().name())
                    .param("to", h.toStatus().name()).param("unit", h.unit()).param("note", h.note())
                    .update();
        }
    }

    private Report map(ResultSet rs, int n) throws SQLException {
        Report r = new Report();
        r.id = rs.getLong("id");
        r.category = rs.getString("category");
        r.description = rs.getString("description");
        r.channel = FeedbackChannel.valueOf(rs.getString("channel"));
        r.status = FeedbackStatus.valueOf(rs.getString("status"));
        r.latitude = (Double) rs.getObject("latitude");
        r.longitude = (Double) rs.getObject("longitude");
        r.address = rs.getString("address");
        r.chosenUnit = rs.getString("chosen_unit");
        r.unit = rs.getString("unit_slug");
        r.routedBy = rs.getString("routed_by");
        r.contactName = rs.getString("contact_name");
        r.contactPhone = rs.getString("contact_phone");
        r.contactEmail = rs.getString("contact_email");
        r.reporterSubject = rs.getString("reporter_subject");
        r.operator = rs.getString("operator");
        r.attributes = json.readValue(rs.getString("attributes"), new TypeReference<Map<String, String>>() {
        });
        r.deviceId = rs.getString("device_id");
        r.mediaUrl = rs.getString("media_url");
        r.open311Token = rs.getString("open311_token");
        r.receivedAt = instant(rs, "received_at");
        r.assignedAt = instant(rs, "assigned_at");
        r.dueAt = instant(rs, "due_at");
        r.answer = rs.getString("answer");
        r.answeredAt = instant(rs, "answered_at");
        r.answeredBy = rs.getString("answered_by");
        r.closedAt = instant(rs, "closed_at");
        r.closeReason = rs.getString("close_reason");
        r.reopenCount = rs.getInt("reopen_count");
        r.escalatedAt = instant(rs, "escalated_at");
        r.rating = (Integer) rs.getObject("rating", Integer.class);
        r.ratingComment = rs.getString("rating_comment");
        r.updatedAt = instant(rs, "updated_at");
        r.version = rs.getInt("version");
        return r;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static FeedbackStatus status(String s) {
        return s == null ? null : FeedbackStatus.valueOf(s);
    }

    /** Reports by id after {@code after}, for the monitoring rebuild. */
    List<ReportHandling> handlingPage(long after, int limit) {
        return jdbc.sql("""
                        select id, category, unit_slug, received_at, due_at, answered_at from feedback_report
                        where id > :after order by id limit :limit""")
                .param("after", after).param("limit", limit).query(FeedbackReports::handling).list();
    }

    Optional<ReportHandling> handlingOne(long id) {
        return jdbc.sql("""
                        select id, category, unit_slug, received_at, due_at, answered_at from feedback_report
                        where id = :id""")
                .param("id", id).query(FeedbackReports::handling).optional();
    }

    private static ReportHandling handling(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new ReportHandling(rs.getLong("id"), rs.getString("category"), rs.getString("unit_slug"),
                rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                answered == null ? null : answered.toInstant());
    }
}
