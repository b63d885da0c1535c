package org.motcua.payment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reconciliation reports (tables {@code payment_reconciliation*}). */
@Repository
class ReconciliationStore {

    private final JdbcClient jdbc;

    ReconciliationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(LocalDate date, String source, String fileName, String sha256, Instant at, String by, int lines,
                int matched, List<ReconciliationReport.Mismatch> mismatches) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into payment_reconciliation (statement_date, source, file_name, file_sha256, created_at,
                            created_by, statement_lines, matched, mismatched)
                        values (:date, :source, :file, :sha, :at, :by, :lines, :matched, :mismatched)""")
                .param("date", Date.valueOf(date)).param("source", source).param("file", fileName)
                .param("sha", sha256).param("at", Timestamp.from(at)).param("by", by).param("lines", lines)
                .param("matched", matched).param("mismatched", mismatches.size())
                .update(key, "id");
        long id = key.getKey().longValue();
        int position = 0;
        for (ReconciliationReport.Mismatch m : mismatches) {
            jdbc.sql("""
                            insert into payment_reconciliation_mismatch (reconciliation_id, position, kind, line,
                                bill_id, transaction_id, amount_here, amount_there, paid_at_here, paid_at_there)
                            values (:id, :position, :kind, :line, :bill, :tx, :here, :there, :paidHere, :paidThere)""")
                    .param("id", id).param("position", position++).param("kind", m.kind().name())
                    .param("line", m.line()).param("bill", m.billId()).param("tx", m.transactionId())
                    .param("here", m.amountHere()).param("there", m.amountThere())
                    .param("paidHere", timestamp(m.paidAtHere())).param("paidThere", timestamp(m.paidAtThere()))
                    .update();
        }
        return id;
    }

    boolean fileReconciled(String fileName) {
        return jdbc.sql("select count(*) from payment_reconciliation where source = 'DIRECTORY' and file_name = :f")
                .param("f", fileName).query(Long.class).single() > 0;
    }

    Optional<ReconciliationReport> find(long id) {
        return jdbc.sql("select * from payment_reconciliation where id = :id").param("id", id)
                .query(ReconciliationStore::summary).optional()
                .map(s -> new ReconciliationReport(s.id(), s.statementDate(), s.source(), s.fileName(),
                        s.createdAt(), s.createdBy(), s.statementLines(), s.matched(), s.mismatched(),
                        mismatches(id)));
    }

    /**
     * Newest first, optionally of one statement day; with {@code units}, {@code mismatched} counts only the mismatches
     * of those units' bills (null = all units).
     */
    List<ReconciliationReport.Summary> list(LocalDate date, int limit, java.util.Set<String> units) {
        String mismatched = units == null ? "r.mismatched" : """
                (select count(*) from payment_reconciliation_mismatch m join payment_bill b on b.id = m.bill_id
                 where m.reconciliation_id = r.id and b.receiving_unit in (:units))""";
        JdbcClient.StatementSpec spec = jdbc.sql("""
                        select r.id, r.statement_date, r.source, r.file_name, r.created_at, r.created_by,
                               r.statement_lines, r.matched, %s as mismatched
                        from payment_reconciliation r
                        where cast(:date as date) is null or r.statement_date = cast(:date as date)
                        order by r.created_at desc, r.id desc limit :limit""".formatted(mismatched))
                .param("date", date == null ? null : Date.valueOf(date)).param("limit", limit);
        if (units != null) {
            spec = spec.param("units", units.isEmpty() ? List.of("") : List.copyOf(units));
        }
        return spec.query(ReconciliationStore::summary).list();
    }

    private List<ReconciliationReport.Mismatch> mismatches(long id) {
        return jdbc.sql("select * from payment_reconciliation_mismatch where reconciliation_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new ReconciliationReport.Mismatch(
                        ReconciliationReport.Kind.valueOf(rs.getString("kind")), (Integer) rs.getObject("line"),
                        rs.getString("bill_id"), rs.getString("transaction_id"), (Long) rs.getObject("amount_here"),
                        (Long) rs.getObject("amount_there"), instant(rs, "paid_at_here"),
                        instant(rs, "paid_at_there")))
                .list();
    }

    private static ReconciliationReport.Summary summary(ResultSet rs, int row) throws SQLException {
        return new ReconciliationReport.Summary(rs.getLong("id"), rs.getDate("statement_date").toLocalDate(),
                rs.getString("source"), rs.getString("file_name"), instant(rs, "created_at"),
                rs.getString("created_by"), rs.getInt("statement_lines"), rs.getInt("matched"),
                rs.getInt("mismatched"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
