package org.motcua.payment;

import org.motcua.audit.AuditLog;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierPayments;
import org.motcua.dossier.PayableDossier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A fee line exempted by the processor (the dossier guards the rule and records it on its slip); the bills still open
 * for the old amount are cancelled in the same transaction, so a payment of one arriving later is recorded for refund
 * instead of paying the wrong amount. The bills' rows are locked first, as a notification does.
 */
@Service
public class FeeExemptions {

    private final Bills bills;
    private final DossierPayments dossiers;
    private final AuditLog audit;
    private final Clock clock;

    FeeExemptions(Bills bills, DossierPayments dossiers, AuditLog audit, Optional<Clock> clock) {
        this.bills = bills;
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Exempts line {@code line} (from 1) of the dossier's fees, with the reason. */
    @Transactional
    public ExemptedFee exempt(String dossierCode, int line, String reason, Actor by) {
        List<Bill> open = bills.lockOpen(dossierCode);
        PayableDossier after = dossiers.exemptFee(dossierCode, line, reason, by);
        List<String> cancelled = OutdatedBills.cancel(bills, audit, open, dossierCode, "fee line " + line + " exempted", by,
                clock.instant());
        return new ExemptedFee(dossierCode, after.status().code(), after.fees(), after.feesDueVnd(), cancelled);
    }

    /**
     * The dossier's fees after an exemption.
     *
     * @param status         the dossier's national status code afterwards (6 → 2/4 when nothing is owed any more)
     * @param cancelledBills the bills issued for the old amount, now cancelled; ask for a new one
     */
    public record ExemptedFee(String dossierCode, int status, List<org.motcua.dossier.DossierFee> fees,
                              long feesDueVnd, List<String> cancelledBills) {
    }
}
