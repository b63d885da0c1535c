package org.motcua.payment;

import org.motcua.audit.AuditLog;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierNotFound;
import org.motcua.dossier.DossierPayments;
import org.motcua.dossier.PayableDossier;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A fee paid at the counter (thu phí, lệ phí trực tiếp tại Bộ phận một cửa): cash or a card at the desk, against the
 * unit's receipt. Recorded as a paid bill of the pseudo-partner {@code COUNTER} whose one transaction is
 * {@code <receiving unit>:<receipt number>}, so it satisfies the obligation like an online payment, appears with the
 * dossier's bills, and becomes a refund due like one. Idempotent by receipt number: the same receipt again returns
 * the payment already recorded; another payment of a paid dossier, or a receipt number already used for another
 * dossier, is refused (409). Audited {@code PAYMENT_COUNTER_RECORDED}.
 */
@Service
public class CounterPayments {

    /** The partner code of payments taken at the counter (never a gateway's: statements never list them). */
    public static final String PARTNER = "COUNTER";
    static final Set<String> METHODS = Set.of("CASH", "CARD");
    private static final Pattern RECEIPT_NUMBER = Pattern.compile("[\\p{L}\\p{N}._-]{1,50}");
    private static final Logger log = LoggerFactory.getLogger(CounterPayments.class);

    private final Bills bills;
    private final DossierPayments dossiers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CounterPayments(Bills bills, DossierPayments dossiers, AuditLog audit, ApplicationEventPublisher events,
                    Optional<Clock> clock) {
        this.bills = bills;
        this.dossiers = dossiers;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Records that the dossier's amount due was paid at the counter.
     *
     * @param method        {@code CASH} or {@code CARD}
     * @param receiptNumber the number of the receipt the desk gave (required, letters, digits, {@code ._-})
     * @param amountVnd     the amount taken; null = the amount due; another amount is refused (422)
     */
    @Transactional
    public CounterPayment record(String dossierCode, String method, String receiptNumber, Long amountVnd, Actor by) {
        if (method == null || !METHODS.contains(method)) {
            throw ProblemException.invalidParameter("method", "CASH or CARD");
        }
        if (receiptNumber == null || !RECEIPT_NUMBER.matcher(receiptNumber.trim()).matches()) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "The receipt number is required",
                    List.of(new FieldProblem("receiptNumber", "is required: the number of the receipt given, "
                            + "at most 50 letters, digits or ._-")));
        }
        String receipt = receiptNumber.trim();
        if (!dossiers.visible(dossierCode, by)) {
            throw new DossierNotFound(dossierCode);
        }
        PayableDossier dossier = dossiers.find(dossierCode).orElseThrow(() -> new DossierNotFound(dossierCode));
        String transactionId = dossier.receivingUnit() + ":" + receipt;
        Optional<Bill> earlier = bills.counterBill(transactionId);
        if (earlier.isPresent()) {
            Bill bill = earlier.get();
            if (!bill.dossierCode().equals(dossierCode)) {
                throw new ProblemException(ErrorCode.COUNTER_RECEIPT_USED, "Receipt " + receipt + " of "
                        + dossier.receivingUnit() + " was already recorded for another dossier");
            }
            if (amountVnd != null && amountVnd != bill.amountVnd()) {
                throw new ProblemException(ErrorCode.COUNTER_RECEIPT_USED, "Receipt " + receipt + " was already "
                        + "recorded for " + bill.amountVnd() + " VND");
            }
            return view(bill, dossier, receipt, false);
        }
        long amount = amountVnd == null ? dossier.feesDueVnd() : amountVnd;
        Instant now = clock.instant();
        List<Bill> open = bills.lockOpen(dossierCode);
        String billId = UUID.randomUUID().toString().replace("-", "");
        // the dossier guards who may record it, its status, that it owes exactly this and is not paid yet
        PayableDossier after = dossiers.feePaidAtCounter(dossierCode, by, billId, receipt, method, amount);
        Bill bill = new Bill(billId, dossierCode, dossier.receivingUnit(), PARTNER, amount,
                "Thu tại quầy " + dossierCode, BillStatus.PENDING, false, now, by.id(), null, null);
        bills.insert(bill);
        if (!bills.addCounterTransaction(billId, transactionId, amount, method, now)) {
            throw new ProblemException(ErrorCode.COUNTER_RECEIPT_USED, "Receipt " + receipt + " of "
                    + dossier.receivingUnit() + " was recorded at the same time by someone else");
        }
        bills.markPaid(billId, transactionId, now, now);
        for (Bill pending : open) {
            bills.setStatus(pending.id(), BillStatus.CANCELLED, now);
            audit.record(by.id(), "PAYMENT_BILL_CANCELLED", "bill:" + pending.id(),
                    Map.of("dossier", dossierCode, "reason", "paid at the counter, receipt " + receipt));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dossier", dossierCode);
        details.put("amountVnd", amount);
        details.put("method", method);
        details.put("receiptNumber", receipt);
        audit.record(by.id(), "PAYMENT_COUNTER_RECORDED", "bill:" + billId, details);
        events.publishEvent(new FeePaid(billId, dossierCode, amount, PARTNER, transactionId, now));
        log.info("Dossier {}: {} VND paid at the counter ({}, receipt {}) recorded by {}, bill {}", dossierCode,
                amount, method, receipt, by.id(), billId);
        return view(bills.find(billId).orElseThrow(), after, receipt, true);
    }

    private CounterPayment view(Bill bill, PayableDossier dossier, String receipt, boolean created) {
        return new CounterPayment(bill.id(), bill.dossierCode(), bill.amountVnd(), bills.paymentMethod(bill.id()),
                receipt, bill.paidAt(), dossier.status().code(), created);
    }

    /**
     * A payment recorded at the counter.
     *
     * @param dossierStatus the dossier's national status code afterwards (6 → its step again)
     * @param created       false when the same receipt had been recorded before (nothing changed)
     */
    public record CounterPayment(String billId, String dossierCode, long amountVnd, String method,
                                 String receiptNumber, Instant paidAt, int dossierStatus, boolean created) {
    }
}
