package org.motcua.payment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bills, their gateway transactions and the notifications received (tables {@code payment_*}). */
@Repository
class Bills {

    private final JdbcClient jdbc;

    Bills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Bill bill) {
        jdbc.sql("""
                        insert into payment_bill (id, dossier_code, receiving_unit, partner_code, amount_vnd,
                            description, status, created_at, created_by, updated_at)
                        values (:id, :dossier, :unit, :partner, :amount, :description, :status, :at, :by, :at)""")
                .param("id", bill.id()).param("dossier", bill.dossierCode()).param("unit", bill.receivingUnit())
                .param("partner", bill.partnerCode())
                .param("amount", bill.amountVnd()).param("description", bill.description())
                .param("status", bill.status().name()).param("at", Timestamp.from(bill.createdAt()))
                .param("by", bill.createdBy()).update();
    }

    Optional<Bill> find(String id) {
        return jdbc.sql("select * from payment_bill where id = :id").param("id", id).query(Bills::bill).optional();
    }

    /** Reads the bill and locks its row until the transaction ends: notifications of one bill apply one at a time. */
    Optional<Bill> lock(String id) {
        return jdbc.sql("select * from payment_bill where id = :id for update").param("id", id)
                .query(Bills::bill).optional();
    }

    /** The dossier's bill still waiting for payment, if any (the newest). */
    Optional<Bill> pending(String dossierCode) {
        return jdbc.sql("""
                        select * from payment_bill where dossier_code = :code and status = 'PENDING'
                        order by created_at desc limit 1""")
                .param("code", dossierCode).query(Bills::bill).optional();
    }

    /** The dossier's bills still open for payment (waiting or failed), locked until the transaction ends. */
    List<Bill> lockOpen(String dossierCode) {
        return jdbc.sql("""
                        select * from payment_bill where dossier_code = :code and status in ('PENDING', 'FAILED')
                        order by created_at for update""")
                .param("code", dossierCode).query(Bills::bill).list();
    }

    boolean dossierPaid(String dossierCode) {
        return jdbc.sql("select count(*) from payment_bill where dossier_code = :code and status = 'PAID'")
                .param("code", dossierCode).query(Long.class).single() > 0;
    }

    void markPaid(String id, String transactionId, Instant paidAt, Instant now) {
        jdbc.sql("""
                        update payment_bill set status = 'PAID', paid_at = :paidAt, transaction_id = :tx,
                            updated_at = :now where id = :id""")
                .param("id", id).param("tx", transactionId).param("paidAt", Timestamp.from(paidAt))
                .param("now", Timestamp.from(now)).update();
        assignReceiptNumber(id, paidAt);
    }

    /**
     * Gives the paid bill its receipt number, {@code BL-<year>-<000001>}: the next of the yearly sequence of the year
     * of the payment in Ho Chi Minh City time. Called once, when the payment is applied, with the bill's row locked.
     */
    private void assignReceiptNumber(String id, Instant paidAt) {
        int year = paidAt.atZone(Receipts.ZONE).getYear();
        long next = jdbc.sql("""
                        insert into payment_receipt_counter (year, last_number) values (:year, 1)
                        on conflict (year) do update set last_number = payment_receipt_counter.last_number + 1
                        returning last_number""")
                .param("year", year).query(Long.class).single();
        jdbc.sql("update payment_bill set receipt_number = :number where id = :id and receipt_number is null")
                .param("id", id).param("number", "BL-%d-%06d".formatted(year, next)).update();
    }

    Optional<String> receiptNumber(String id) {
        return jdbc.sql("select receipt_number from payment_bill where id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** The payments recorded here (result 00, applied or to be refunded) made on that day in Ho Chi Minh City. */
    List<RecordedPayment> paymentsOn(java.time.LocalDate day, String partnerCode) {
        Instant from = day.atStartOfDay(Receipts.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(Receipts.ZONE).toInstant();
        return jdbc.sql("""
                        select * from payment_transaction where partner_code = :partner and result_code = '00'
                            and paid_at >= :from and paid_at < :to order by paid_at, transaction_id""")
                .param("partner", partnerCode).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Bills::payment).list();
    }

    /** A payment recorded here (result 00) by its gateway transaction id, whatever its day. */
    Optional<RecordedPayment> payment(String partnerCode, String transactionId) {
        return jdbc.sql("""
                        select * from payment_transaction where partner_code = :partner and transaction_id = :tx
                            and result_code = '00'""")
                .param("partner", partnerCode).param("tx", transactionId).query(Bills::payment).optional();
    }

    private static RecordedPayment payment(ResultSet rs, int row) throws SQLException {
        return new RecordedPayment(rs.getString("bill_id"), rs.getString("transaction_id"), rs.getLong("amount_vnd"),
                instant(rs, "paid_at"));
    }

    /** A gateway transaction with result 00 recorded here. */
    record RecordedPayment(String billId, String transactionId, long amountVnd, Instant paidAt) {
    }

    void setStatus(String id, BillStatus status, Instant now) {
        jdbc.sql("update payment_bill set status = :status, updated_at = :now where id = :id")
                .param("id", id).param("status", status.name()).param("now", Timestamp.from(now)).update();
    }

    void markRefundDue(String id, Instant now) {
        jdbc.sql("update payment_bill set refund_due = true, updated_at = :now where id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** Records the transaction unless one with the same partner and id exists; true when it was new. */
    boolean addTransaction(String billId, GatewayNotification n, Instant paidAt, TransactionOutcome outcome,
                           Instant receivedAt) {
        return jdbc.sql("""
                        insert into payment_transaction (partner_code, transaction_id, bill_id, amount_vnd,
                            result_code, paid_at, outcome, received_at)
                        values (:partner, :tx, :bill, :amount, :result, :paidAt, :outcome, :received)
                        on conflict (partner_code, transaction_id) do nothing""")
                .param("partner", n.partnerCode()).param("tx", n.transactionId()).param("bill", billId)
                .param("amount", n.amount()).param("result", n.resultCode())
                .param("paidAt", paidAt == null ? null : Timestamp.from(paidAt)).param("outcome", outcome.name())
                .param("received", Timestamp.from(receivedAt)).update() == 1;
    }

    boolean hasTransaction(String partnerCode, String transactionId) {
        return jdbc.sql("""
                        select count(*) from payment_transaction
                        where partner_code = :partner and transaction_id = :tx""")
                .param("partner", partnerCode).param("tx", transactionId).query(Long.class).single() > 0;
    }

    List<BillView.Transaction> transactions(String billId) {
        return jdbc.sql("select * from payment_transaction where bill_id = :id order by received_at, transaction_id")
                .param("id", billId)
                .query((rs, n) -> new BillView.Transaction(rs.getString("partner_code"),
                        rs.getString("transaction_id"), rs.getLong("amount_vnd"), rs.getString("result_code"),
                        instant(rs, "paid_at"), TransactionOutcome.valueOf(rs.getString("outcome")),
                        instant(rs, "received_at")))
                .list();
    }

    void recordNotification(GatewayNotification n, NotificationVerdict verdict, String body, String remoteAddress,
                            Instant at) {
        jdbc.sql("""
                        insert into payment_notification (received_at, partner_code, bill_id, transaction_id,
                            amount_vnd, result_code, paid_at, verdict, remote_address, body)
                        values (:at, :partner, :bill, :tx, :amount, :result, :paidAt, :verdict, :remote, :body)""")
                .param("at", Timestamp.from(at)).param("partner", n == null ? null : n.partnerCode())
                .param("bill", n == null ? null : n.billId()).param("tx", n == null ? null : n.transactionId())
                .param("amount", n == null ? null : n.amount()).param("result", n == null ? null : n.resultCode())
                .param("paidAt", n == null ? null : n.paidAt()).param("verdict", verdict.name())
                .param("remote", remoteAddress).param("body", body == null ? "" : body).update();
    }

    private static Bill bill(ResultSet rs, int row) throws SQLException {
        return new Bill(rs.getString("id"), rs.getString("dossier_code"), rs.getString("receiving_unit"),
                rs.getString("partner_code"),
                rs.getLong("amount_vnd"), rs.getString("description"), BillStatus.valueOf(rs.getString("status")),
                rs.getBoolean("refund_due"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "paid_at"), rs.getString("transaction_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
