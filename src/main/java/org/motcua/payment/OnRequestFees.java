package org.motcua.payment;

import org.motcua.audit.AuditLog;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierFee;
import org.motcua.dossier.DossierPayments;
import org.motcua.dossier.PayableDossier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * An on-request fee line of the procedure (a reduced rate, extra copies, an amendment) applied to a dossier by the
 * processor with a reason (the dossier guards the rule and records it on its slip); the bills still open for the old
 * amount are cancelled in the same transaction, as for an exemption.
 */
@Service
public class OnRequestFees {

    private final Bills bills;
    private final DossierPayments dossiers;
    private final AuditLog audit;
    private final Clock clock;

    OnRequestFees(Bills bills, DossierPayments dossiers, AuditLog audit, Optional<Clock> clock) {
        this.bills = bills;
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Applies line {@code procedureLine} (from 1, as the procedure version lists its fees) to the dossier. */
    @Transactional
    public AppliedFee apply(String dossierCode, int procedureLine, String reason, Actor by) {
        List<Bill> open = bills.lockOpen(dossierCode);
        PayableDossier after = dossiers.applyFee(dossierCode, procedureLine, reason, by);
        List<String> cancelled = OutdatedBills.cancel(bills, audit, open, dossierCode, "on-request fee line " + procedureLine + " applied", by,
                clock.instant());
        return new AppliedFee(dossierCode, after.status().code(), after.fees(), after.feesDueVnd(), cancelled);
    }

    /**
     * The dossier's fees after an on-request line was applied.
     *
     * @param status         the dossier's national status code afterwards (unchanged)
     * @param cancelledBills the bills issued for the old amount, now cancelled; ask for a new one
     */
    public record AppliedFee(String dossierCode, int status, List<DossierFee> fees, long feesDueVnd,
                             List<String> cancelledBills) {
    }
}
