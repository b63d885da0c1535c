package org.motcua.payment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The transactions recorded for refund (outcome {@code REFUND_DUE} of {@code payment_transaction}). */
@Repository
class RefundStore {

    private static final String SELECT = """
            select t.*, b.dossier_code, b.receiving_unit, b.status as bill_status
            from payment_transaction t join payment_bill b on b.id = t.bill_id
            where t.outcome = 'REFUND_DUE'""";

    private final JdbcClient jdbc;

    RefundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Refunds of the given units (all when {@code units} is null), due ({@code settled} false), settled (true) or
     * both (null), oldest first.
     */
    List<Refund> list(Set<String> units, Boolean settled, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        if (units != null) {
            sql.append(" and b.receiving_unit in (:units)");
        }
        if (settled != null) {
            sql.append(settled ? " and t.refunded_at is not null" : " and t.refunded_at is null");
        }
        sql.append(" order by t.received_at, t.transaction_id limit :limit");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("limit", limit);
        if (units != null) {
            spec = spec.param("units", units.isEmpty() ? List.of("") : List.copyOf(units));
        }
        return spec.query(RefundStore::refund).list();
    }

    /** The refund, its row locked until the transaction ends. */
    Optional<Refund> lock(String partnerCode, String transactionId) {
        return jdbc.sql(SELECT + " and t.partner_code = :partner and t.transaction_id = :tx for update of t")
                .param("partner", partnerCode).param("tx", transactionId).query(RefundStore::refund).optional();
    }

    void settle(String partnerCode, String transactionId, Instant at, String by, String reference, String note) {
        jdbc.sql("""
                        update payment_transaction set refunded_at = :at, refunded_by = :by, refund_reference = :ref,
                            refund_note = :note
                        where partner_code = :partner and transaction_id = :tx and refunded_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("ref", reference).param("note", note)
                .param("partner", partnerCode).param("tx", transactionId).update();
    }

    private static Refund refund(ResultSet rs, int row) throws SQLException {
        return new Refund(rs.getString("partner_code"), rs.getString("transaction_id"), rs.getString("bill_id"),
                rs.getString("dossier_code"), rs.getString("receiving_unit"), rs.getLong("amount_vnd"),
                instant(rs, "paid_at"), instant(rs, "received_at"), BillStatus.valueOf(rs.getString("bill_status")),
                instant(rs, "refunded_at"), rs.getString("refunded_by"), rs.getString("refund_reference"),
                rs.getString("refund_note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
