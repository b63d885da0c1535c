package org.motcua.payment;

import org.motcua.audit.AuditLog;
import org.motcua.demo.DemoMode;
import org.motcua.dossier.DossierPayments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the gateway's notifications exactly once. The bill's row is locked while one is judged, so identical
 * notifications arriving together apply one after the other and all but the first find the transaction recorded;
 * the unique (partner, transaction id) is the second guard. The bill and its dossier change in one transaction.
 * Every notification is recorded with its verdict, forged ones included.
 */
@Service
public class PaymentNotifications {

    private static final Logger log = LoggerFactory.getLogger(PaymentNotifications.class);
    private static final String SUCCESS = "00";
    private static final String CANCELLED_BY_PAYER = "24";

    private final Bills bills;
    private final PaymentProperties properties;
    private final DemoMode demo;
    private final DossierPayments dossiers;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    PaymentNotifications(Bills bills, PaymentProperties properties, DemoMode demo, DossierPayments dossiers,
                         ApplicationEventPublisher events, AuditLog audit, Optional<Clock> clock) {
        this.bills = bills;
        this.properties = properties;
        this.demo = demo;
        this.dossiers = dossiers;
        this.events = events;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Judges and, when it is genuine, applies one notification; {@code body} is recorded as received. */
    @Transactional
    public NotificationVerdict receive(GatewayNotification notification, String body, String remoteAddress) {
        Instant now = clock.instant();
        NotificationVerdict verdict = judge(notification, now);
        bills.recordNotification(notification, verdict, body, remoteAddress, now);
        if (verdict.accepted()) {
            log.info("Payment notification for bill {} (transaction {}): {}", notification.billId(),
                    notification.transactionId(), verdict);
        } else {
            log.warn("Payment notification rejected ({}) for bill {} from {}", verdict,
                    notification == null ? null : notification.billId(), remoteAddress);
        }
        return verdict;
    }

    private NotificationVerdict judge(GatewayNotification n, Instant now) {
        if (n == null || blank(n.partnerCode()) || blank(n.billId()) || blank(n.transactionId())
                || n.amount() == null || blank(n.resultCode()) || blank(n.checksum())) {
            return NotificationVerdict.MALFORMED;
        }
        Instant paidAt = instant(n.paidAt());
        if (paidAt == null) {
            return NotificationVerdict.MALFORMED;
        }
        if (!properties.partnerCode().equals(n.partnerCode())) {
            return NotificationVerdict.WRONG_PARTNER;
        }
        if (!Checksums.verify(n.signedText(), n.checksum(), properties.effectiveSecret(demo.enabled()))) {
            return NotificationVerdict.FORGED_CHECKSUM;
        }
        Optional<Bill> locked = bills.lock(n.billId());
        if (locked.isEmpty()) {
            return NotificationVerdict.UNKNOWN_BILL;
        }
        Bill bill = locked.get();
        if (n.amount() != bill.amountVnd()) {
            return NotificationVerdict.WRONG_AMOUNT;
        }
        if (bills.hasTransaction(n.partnerCode(), n.transactionId())) {
            return NotificationVerdict.ALREADY_APPLIED;
        }
        if (!SUCCESS.equals(n.resultCode())) {
            bills.addTransaction(bill.id(), n, paidAt, TransactionOutcome.NOT_PAID, now);
            if (bill.status() == BillStatus.PENDING) {
                bills.setStatus(bill.id(), CANCELLED_BY_PAYER.equals(n.resultCode()) ? BillStatus.CANCELLED
                        : BillStatus.FAILED, now);
            }
            return NotificationVerdict.NOT_PAID;
        }
        if (bill.status() == BillStatus.CANCELLED || bill.status() == BillStatus.PAID
                || bills.dossierPaid(bill.dossierCode())) {
            bills.addTransaction(bill.id(), n, paidAt, TransactionOutcome.REFUND_DUE, now);
            bills.markRefundDue(bill.id(), now);
            audit.record("gateway:" + n.partnerCode(), "PAYMENT_REFUND_DUE", "bill:" + bill.id(),
                    Map.of("dossier", bill.dossierCode(), "transactionId", n.transactionId(),
                            "amountVnd", n.amount(), "billStatus", bill.status().name()));
            log.warn("Bill {} of dossier {} was {} when transaction {} paid {} VND: recorded for refund", bill.id(),
                    bill.dossierCode(), bill.status(), n.transactionId(), n.amount());
            return NotificationVerdict.REFUND_DUE;
        }
        if (!bills.addTransaction(bill.id(), n, paidAt, TransactionOutcome.APPLIED, now)) {
            return NotificationVerdict.ALREADY_APPLIED; // the unique (partner, transaction id): never twice
        }
        bills.markPaid(bill.id(), n.transactionId(), paidAt, now);
        dossiers.feePaid(bill.dossierCode(), bill.id(), n.transactionId(), bill.amountVnd());
        audit.record("gateway:" + n.partnerCode(), "PAYMENT_APPLIED", "bill:" + bill.id(),
                Map.of("dossier", bill.dossierCode(), "transactionId", n.transactionId(), "amountVnd", n.amount()));
        events.publishEvent(new FeePaid(bill.id(), bill.dossierCode(), bill.amountVnd(), n.partnerCode(),
                n.transactionId(), paidAt));
        return NotificationVerdict.APPLIED;
    }

    private static Instant instant(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
