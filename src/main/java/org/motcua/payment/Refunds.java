package org.motcua.payment;

import org.motcua.audit.AuditLog;
import org.motcua.dossier.Actor;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The refunds due — payments that arrived for a bill already cancelled or paid — and their settlement: the clerk of
 * the receiving unit or the city administrator records who gave the money back, when, and the transfer's reference.
 * The city auditor reads them. Every settlement is audited.
 */
@Service
public class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);
    private static final int LIMIT = 500;

    private final RefundStore store;
    private final AuditLog audit;
    private final Clock clock;

    Refunds(RefundStore store, AuditLog audit, Optional<Clock> clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Refunds of the units {@code by} keeps: due ({@code settled} false), settled (true) or all (null). */
    @Transactional(readOnly = true)
    public List<Refund> list(Boolean settled, Actor by) {
        Set<String> units = PaymentStaff.units(by, "Refunds");
        return store.list(units, settled, LIMIT);
    }

    /** Records that the refund was given back; once only. */
    @Transactional
    public Refund settle(String partnerCode, String transactionId, String reference, String note, Actor by) {
        PaymentStaff.units(by, "Refunds");
        Refund refund = store.lock(partnerCode, transactionId)
                .filter(r -> by.cityWide() || by.worksIn(r.receivingUnit()))
                .orElseThrow(() -> new ProblemException(ErrorCode.REFUND_NOT_FOUND,
                        "No refund of transaction " + transactionId + " of " + partnerCode));
        if (!PaymentStaff.maySettle(by, refund.receivingUnit())) {
            throw new ProblemException(ErrorCode.FORBIDDEN,
                    "A refund is settled by the clerk of the receiving unit or the city administrator");
        }
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "The refund's reference is required",
                    List.of(new FieldProblem("reference", "is required: the refund or transfer number, "
                            + "at most 100 characters")));
        }
        if (note != null && note.length() > 2000) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "The note is too long",
                    List.of(new FieldProblem("note", "at most 2000 characters")));
        }
        if (refund.settled()) {
            throw new ProblemException(ErrorCode.REFUND_ALREADY_SETTLED, "The refund of transaction " + transactionId
                    + " was settled at " + refund.settledAt() + " by " + refund.settledBy() + " (reference "
                    + refund.reference() + ")");
        }
        store.settle(partnerCode, transactionId, clock.instant(), by.id(), reference.trim(), note);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dossier", refund.dossierCode());
        details.put("bill", refund.billId());
        details.put("amountVnd", refund.amountVnd());
        details.put("reference", reference.trim());
        audit.record(by.id(), "PAYMENT_REFUND_SETTLED", "transaction:" + partnerCode + ":" + transactionId, details);
        log.info("Dossier {}: refund of transaction {} ({} VND, bill {}) settled by {}, reference {}",
                refund.dossierCode(), transactionId, refund.amountVnd(), refund.billId(), by.id(), reference.trim());
        return store.lock(partnerCode, transactionId).orElseThrow();
    }
}
