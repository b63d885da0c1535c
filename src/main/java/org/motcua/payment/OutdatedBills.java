package org.motcua.payment;

import org.motcua.audit.AuditLog;
import org.motcua.dossier.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cancels the open bills of a dossier whose amount due just changed (an exemption, an on-request line), each audited,
 * so a payment of one arriving later is recorded for refund instead of paying the wrong amount.
 */
final class OutdatedBills {

    private static final Logger log = LoggerFactory.getLogger(OutdatedBills.class);

    private OutdatedBills() {
    }

    /** Cancels {@code open} (locked by the caller) and returns their ids; {@code why} says what changed the amount. */
    static List<String> cancel(Bills bills, AuditLog audit, List<Bill> open, String dossierCode, String why,
                               Actor by, Instant at) {
        List<String> cancelled = new ArrayList<>();
        for (Bill bill : open) {
            bills.setStatus(bill.id(), BillStatus.CANCELLED, at);
            audit.record(by.id(), "PAYMENT_BILL_CANCELLED", "bill:" + bill.id(),
                    Map.of("dossier", dossierCode, "reason", why));
            log.info("Dossier {}: bill {} of {} VND cancelled, {}", dossierCode, bill.id(), bill.amountVnd(), why);
            cancelled.add(bill.id());
        }
        return cancelled;
    }
}
