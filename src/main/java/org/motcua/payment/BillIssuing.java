package org.motcua.payment;

import org.motcua.audit.AuditLog;
import org.motcua.demo.DemoMode;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierPayments;
import org.motcua.dossier.DossierRuleViolation;
import org.motcua.dossier.PayableDossier;
import org.motcua.identity.PlatformAddress;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues the bill for a dossier's fees and registers it at the gateway, in one transaction with the dossier's move
 * to status 6; a bill still waiting for payment is given again instead of a second one. Cancels bills.
 */
@Service
public class BillIssuing {

    private static final Logger log = LoggerFactory.getLogger(BillIssuing.class);

    private final Bills bills;
    private final DossierPayments dossiers;
    private final PaymentGateway gateway;
    private final PaymentProperties properties;
    private final DemoMode demo;
    private final PlatformAddress address;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BillIssuing(Bills bills, DossierPayments dossiers, PaymentGateway gateway, PaymentProperties properties,
                DemoMode demo, PlatformAddress address, AuditLog audit, Optional<Clock> clock,
                ApplicationEventPublisher events) {
        this.events = events;
        this.bills = bills;
        this.dossiers = dossiers;
        this.gateway = gateway;
        this.properties = properties;
        this.demo = demo;
        this.address = address;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A bill for the dossier's fees, by its applicant or by the receiving desk for a walk-in applicant. */
    @Transactional
    public IssuedBill issue(String dossierCode, Actor by) {
        PayableDossier dossier = dossiers.payable(dossierCode, by);
        if (dossier.paid() || bills.dossierPaid(dossierCode)) {
            throw new ProblemException(ErrorCode.FEE_ALREADY_PAID, "The fee of " + dossierCode + " is already paid");
        }
        if (dossier.feesDueVnd() <= 0) {
            throw new ProblemException(ErrorCode.NO_FEES_DUE, "Dossier " + dossierCode + " owes no fee");
        }
        if (dossier.status().ended()) {
            throw new DossierRuleViolation(dossier.status(), "Processing of " + dossierCode + " has ended");
        }
        Optional<Bill> pending = bills.pending(dossierCode);
        Bill bill;
        if (pending.isPresent()) {
            bill = pending.get();
        } else {
            Instant now = clock.instant();
            bill = new Bill(UUID.randomUUID().toString().replace("-", ""), dossierCode, dossier.receivingUnit(),
                    properties.partnerCode(),
                    dossier.feesDueVnd(), description(dossier), BillStatus.PENDING, false, now, by.id(), null, null);
            bills.insert(bill);
            dossiers.awaitPayment(dossierCode, by, bill.id());
            audit.record(by.id(), "PAYMENT_BILL_ISSUED", "bill:" + bill.id(),
                    Map.of("dossier", dossierCode, "amountVnd", bill.amountVnd()));
            log.info("Dossier {}: bill {} of {} VND issued by {}", dossierCode, bill.id(), bill.amountVnd(), by.id());
        }
        String base = address.baseUrl();
        GatewayInit unsigned = new GatewayInit(bill.partnerCode(), bill.id(), bill.amountVnd(), bill.description(),
                base + "/payments/" + bill.id(), base + "/api/v1/payments/notify", null);
        String url = gateway.init(new GatewayInit(unsigned.partnerCode(), unsigned.billId(), unsigned.amount(),
                unsigned.description(), unsigned.returnUrl(), unsigned.notifyUrl(),
                Checksums.sign(unsigned.signedText(), properties.effectiveSecret(demo.enabled()))));
        String paymentUrl = url.startsWith("/") ? base + url : url;
        if (pending.isEmpty()) {
            events.publishEvent(new FeeDue(bill.id(), dossierCode, bill.amountVnd(), paymentUrl, bill.createdAt()));
        }
        return new IssuedBill(bill.id(), dossierCode, bill.amountVnd(), bill.status(), paymentUrl);
    }

    /** Cancels a bill waiting for payment (the applicant or the receiving desk); a payment arriving later is refunded. */
    @Transactional
    public BillStatus cancel(String billId, Actor by) {
        Bill bill = bills.lock(billId).orElseThrow(() -> notFound(billId));
        if (!dossiers.visible(bill.dossierCode(), by)) {
            throw notFound(billId);
        }
        dossiers.payable(bill.dossierCode(), by);
        if (bill.status() != BillStatus.PENDING && bill.status() != BillStatus.FAILED) {
            throw new ProblemException(ErrorCode.BILL_NOT_CANCELLABLE, "Bill " + billId + " is " + bill.status());
        }
        bills.setStatus(billId, BillStatus.CANCELLED, clock.instant());
        audit.record(by.id(), "PAYMENT_BILL_CANCELLED", "bill:" + billId, Map.of("dossier", bill.dossierCode()));
        log.info("Dossier {}: bill {} cancelled by {}", bill.dossierCode(), billId, by.id());
        return BillStatus.CANCELLED;
    }

    static ProblemException notFound(String billId) {
        return new ProblemException(ErrorCode.BILL_NOT_FOUND, "No bill '" + billId + "'");
    }

    private static String description(PayableDossier dossier) {
        String text = "Phí, lệ phí hồ sơ " + dossier.code() + " – " + dossier.procedureName();
        return text.length() > 255 ? text.substring(0, 255) : text;
    }
}
