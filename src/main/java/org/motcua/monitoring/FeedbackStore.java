package org.motcua.monitoring;

import org.motcua.feedback.ReportHandling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code monitoring_feedback}: one row per feedback report (unit, deadline, answer), a copy of the report's current
 * handling, so writing it again changes nothing; the counts are derived from the rows.
 */
@Repository
class FeedbackStore {

    /** Reports in this category (and its sub-categories) are complaints about public administration. */
    static final String COMPLAINT_CATEGORY = "hanh-chinh-cong";

    /** Due (deadline in the period), complaints received in it, and of the due: answered, answered on time. */
    private static final String FIGURES = """
            count(*) filter (where due_at >= :start and due_at < :end) as due,
            count(*) filter (where received_at >= :start and received_at < :end
                and (category = :complaint or category like :complaintPrefix)) as complaints,
            count(*) filter (where due_at >= :start and due_at < :end and answered_at is not null) as answered,
            count(*) filter (where due_at >= :start and due_at < :end and answered_at <= due_at) as on_time
            """;

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the report's current handling into its row (the same state twice leaves the same row). */
    void upsert(ReportHandling r) {
        jdbc.sql("""
                        insert into monitoring_feedback (report_id, category, unit_slug, received_at, due_at,
                            answered_at) values (:id, :category, :unit, :received, :due, :answered)
                        on conflict (report_id) do update set category = excluded.category,
                            unit_slug = excluded.unit_slug, received_at = excluded.received_at,
                            due_at = excluded.due_at, answered_at = excluded.answered_at""")
                .param("id", r.reportId()).param("category", r.category()).param("unit", r.unit())
                .param("received", ts(r.receivedAt())).param("due", ts(r.dueAt()))
                .param("answered", ts(r.answeredAt())).update();
    }

    void clear() {
        jdbc.sql("delete from monitoring_feedback").update();
    }

    void insert(List<ReportHandling> rows) {
        rows.forEach(this::upsert);
    }

    /**
     * Counts for a unit (null: all) from {@code from} (inclusive) to {@code to} (exclusive): due (deadline in the
     * period), of which answered and answered at or before the deadline; complaints received in the period.
     */
    FeedbackFigures.Figures figures(String unit, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + FIGURES + " from monitoring_feedback"
                        + " where (cast(:unit as text) is null or unit_slug = :unit)")
                .params(figureParams(from, to)).param("unit", unit)
                .query((rs, n) -> figures(rs)).single();
    }

    /** {@link #figures} of every unit with reports, in one scan. */
    Map<String, FeedbackFigures.Figures> figuresByUnit(LocalDate from, LocalDate to) {
        Map<String, FeedbackFigures.Figures> byUnit = new HashMap<>();
        jdbc.sql("select unit_slug, " + FIGURES + " from monitoring_feedback where unit_slug is not null"
                        + " group by unit_slug")
                .params(figureParams(from, to))
                .query(rs -> {
                    byUnit.put(rs.getString("unit_slug"), figures(rs));
                });
        return byUnit;
    }

    private static Map<String, Object> figureParams(LocalDate from, LocalDate to) {
        Map<String, Object> p = new HashMap<>();
        p.put("start", Timestamp.from(from.atStartOfDay(DossierContribution.ZONE).toInstant()));
        p.put("end", Timestamp.from(to.atStartOfDay(DossierContribution.ZONE).toInstant()));
        p.put("complaint", COMPLAINT_CATEGORY);
        p.put("complaintPrefix", COMPLAINT_CATEGORY + ".%");
        return p;
    }

    private static FeedbackFigures.Figures figures(ResultSet rs) throws SQLException {
        return new FeedbackFigures.Figures(rs.getLong("due"), rs.getLong("complaints"), rs.getLong("answered"),
                rs.getLong("on_time"));
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
