package org.motcua.payment;

import org.motcua.dossier.DossierFinished;
import org.motcua.dossier.DossierPayments;
import org.motcua.dossier.DossierStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A dossier whose fee was paid (online or at the counter) and whose processing then ended without a result —
 * refused at intake (3), withdrawn (7) or stopped (8) — is owed its money back: the applied payment is recorded as a
 * refund due, once, with the reason, in the refunds list the clerk settles. Bills still open are cancelled, so a
 * payment of one arriving later is recorded for refund too.
 */
@Component
class EndedDossierRefunds {

    private static final Logger log = LoggerFactory.getLogger(EndedDossierRefunds.class);
    private static final Map<DossierStatus, String> WHY = Map.of(
            DossierStatus.REFUSED, "Hồ sơ bị từ chối tiếp nhận (refused at intake)",
            DossierStatus.WITHDRAWN, "Hồ sơ được rút theo yêu cầu (withdrawn)",
            DossierStatus.STOPPED, "Hồ sơ bị dừng xử lý (processing stopped)");

    private final Bills bills;
    private final DossierPayments dossiers;
    private final Clock clock;

    EndedDossierRefunds(Bills bills, DossierPayments dossiers, Optional<Clock> clock) {
        this.bills = bills;
        this.dossiers = dossiers;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @ApplicationModuleListener
    void on(DossierFinished ended) {
        String why = WHY.get(ended.outcome());
        if (why == null) {
            return;
        }
        for (Bill open : bills.lockOpen(ended.code())) {
            // a payment of it arriving later is then recorded for refund, not applied to an ended dossier
            bills.setStatus(open.id(), BillStatus.CANCELLED, clock.instant());
            log.info("Dossier {}: bill {} cancelled, processing ended ({})", ended.code(), open.id(), ended.outcome());
        }
        String reason = dossiers.endReason(ended.code()).map(note -> why + ": " + note).orElse(why);
        int recorded = bills.markAppliedRefundDue(ended.code(), reason, clock.instant());
        if (recorded > 0) {
            log.info("Dossier {}: {} payment(s) recorded for refund, {}", ended.code(), recorded, reason);
        }
    }
}
