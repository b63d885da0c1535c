package org.motcua.dossier;

import org.motcua.calendar.WorkingCalendars;
import org.motcua.organization.Role;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The dossier's side of paying its fees online, for the payment module: who may ask for a bill, the wait for the
 * financial obligation (status 6) and the confirmed payment. The payment module calls it inside its own transaction,
 * so a bill and its dossier change together or not at all.
 */
@Service
public class DossierPayments {

    private static final Logger log = LoggerFactory.getLogger(DossierPayments.class);
    private static final int ATTEMPTS = 3;

    private final Dossiers dossiers;
    private final DossierAccess access;
    private final WorkingCalendars calendars;
    private final Clock clock;

    DossierPayments(Dossiers dossiers, DossierAccess access, WorkingCalendars calendars, Optional<Clock> clock) {
        this.dossiers = dossiers;
        this.access = access;
        this.calendars = calendars;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The dossier, for someone who asks for a bill: its applicant, or the one-stop desk of the receiving unit for a
     * walk-in applicant. Others who may not see it are told it does not exist; those who may see it get 403.
     */
    @Transactional(readOnly = true)
    public PayableDossier payable(String code, Actor by) {
        Dossier dossier = access.visible(code, by);
        DossierState s = dossier.state();
        boolean applicant = by.kind() == Actor.Kind.CITIZEN && dossier.isApplicant(by.id());
        boolean desk = by.kind() == Actor.Kind.STAFF && by.holds(s.receivingUnit, Role.RECEPTION);
        if (!applicant && !desk) {
            throw new ActorNotPermitted(s.status, "Only the applicant or the receiving desk asks for a bill");
        }
        return payable(dossier);
    }

    /** Whether {@code by} may see the dossier (and so its bills and receipts). */
    @Transactional(readOnly = true)
    public boolean visible(String code, Actor by) {
        return dossiers.find(code).map(d -> DossierAccess.canSee(d, by)).orElse(false);
    }

    /** The dossier as the payment module shows it on a receipt; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<PayableDossier> find(String code) {
        return dossiers.find(code).map(DossierPayments::payable);
    }

    /**
     * A bill was issued: a dossier being processed (status 2 or 4) waits for the payment in status 6. A dossier not
     * yet received (fees paid with the online submission) keeps its status. Returns the status afterwards.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DossierStatus awaitPayment(String code, Actor by, String billId) {
        return change(code, dossier -> {
            if (dossier.status() == DossierStatus.RECEIVED || dossier.status() == DossierStatus.PROCESSING) {
                dossier.awaitPayment(by, clock.instant(), billId);
            }
        });
    }

    /**
     * The payment platform confirmed the payment of a bill: recorded on the dossier as paid online, and a dossier in
     * status 6 resumes processing. Returns the status afterwards.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DossierStatus feePaid(String code, String billId, String transactionId, long amountVnd) {
        Instant now = clock.instant();
        DossierStatus status = change(code, dossier -> dossier.feePaid(now, billId, transactionId, amountVnd,
                calendars.current()));
        log.info("Dossier {}: fee {} VND paid online (bill {}, transaction {}) → {}", code, amountVnd, billId,
                transactionId, status);
        return status;
    }

    /**
     * The processor exempts a fee line with a reason (see {@link Dossier#exemptFee}); the payment module cancels the
     * bills issued for the old amount in the same transaction. Returns the dossier afterwards.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PayableDossier exemptFee(String code, int line, String reason, Actor by) {
        access.visible(code, by);
        change(code, dossier -> dossier.exemptFee(line, reason, by, clock.instant(), calendars.current()));
        Dossier after = dossiers.find(code).orElseThrow(() -> new DossierNotFound(code));
        log.info("Dossier {}: fee line {} exempted by {} → {} VND due, {}", code, line, by.id(),
                after.feesDueVnd(), after.status());
        return payable(after);
    }

    /** Applies a change with optimistic locking; a write lost to a concurrent one wrote nothing, so it is retried. */
    private DossierStatus change(String code, java.util.function.Consumer<Dossier> transition) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Dossier dossier = dossiers.find(code).orElseThrow(() -> new DossierNotFound(code));
            transition.accept(dossier);
            if (dossier.newHistory().isEmpty() || dossiers.update(dossier)) {
                return dossier.status();
            }
        }
        throw new ProblemException(ErrorCode.DOSSIER_MODIFIED_CONCURRENTLY,
                "Dossier " + code + " was changed by someone else at the same time; try again");
    }

    private static PayableDossier payable(Dossier dossier) {
        DossierState s = dossier.state();
        return new PayableDossier(s.code, s.procedureCode, s.procedureNameVi, s.applicant.fullName(),
                s.receivingUnit, s.status, s.feesDueVnd, s.feePaidOnline, s.fees, s.feeAtSubmission);
    }
}
