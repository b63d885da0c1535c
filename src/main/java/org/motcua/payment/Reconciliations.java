package org.motcua.payment;

import org.motcua.audit.AuditLog;
import org.motcua.dossier.Actor;
import org.motcua.organization.Role;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the gateway's statement of one day with the payments recorded here and stores the report. A statement
 * payment is looked up by its transaction id whatever the day it was recorded here; the payments recorded here on
 * the statement's day (Ho Chi Minh City time) that the statement lacks are reported too. Kept for the city
 * administrator (and auditor) and the clerks of the units.
 */
@Service
public class Reconciliations {

    private static final Logger log = LoggerFactory.getLogger(Reconciliations.class);
    static final String UPLOAD = "UPLOAD";
    static final String DIRECTORY = "DIRECTORY";

    private final Bills bills;
    private final ReconciliationStore store;
    private final PaymentProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    Reconciliations(Bills bills, ReconciliationStore store, PaymentProperties properties, AuditLog audit,
                    Optional<Clock> clock) {
        this.bills = bills;
        this.store = store;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A statement sent through the API by the city administrator or a clerk. */
    @Transactional
    public ReconciliationReport reconcile(byte[] content, LocalDate date, String fileName, Actor by) {
        permitted(by);
        return scoped(reconcile(content, date, UPLOAD, fileName, by.id()),
                PaymentStaff.units(by, "Reconciliation reports"));
    }

    /** A statement picked up from the statement directory by the daily job. */
    @Transactional
    public ReconciliationReport reconcileFile(byte[] content, LocalDate date, String fileName) {
        return reconcile(content, date, DIRECTORY, fileName, "system");
    }

    boolean fileReconciled(String fileName) {
        return store.fileReconciled(fileName);
    }

    /**
     * A report: the whole of it for the city administrator and auditor; for a clerk, the mismatches of the bills of
     * their units only ({@code mismatched} counts those; {@code statementLines} and {@code matched} stay the
     * statement's).
     */
    @Transactional(readOnly = true)
    public ReconciliationReport report(long id, Actor by) {
        permitted(by);
        ReconciliationReport report = store.find(id).orElseThrow(() -> new ProblemException(
                ErrorCode.RECONCILIATION_NOT_FOUND, "No reconciliation report " + id));
        return scoped(report, PaymentStaff.units(by, "Reconciliation reports"));
    }

    /** Reports newest first; a clerk's count only the mismatches of their units' bills. */
    @Transactional(readOnly = true)
    public List<ReconciliationReport.Summary> reports(LocalDate date, Actor by) {
        permitted(by);
        return store.list(date, 200, PaymentStaff.units(by, "Reconciliation reports"));
    }

    private ReconciliationReport scoped(ReconciliationReport report, Set<String> units) {
        if (units == null) {
            return report;
        }
        List<ReconciliationReport.Mismatch> own = report.mismatches().stream()
                .filter(m -> m.billId() != null && bills.find(m.billId())
                        .map(b -> units.contains(b.receivingUnit())).orElse(false))
                .toList();
        return new ReconciliationReport(report.id(), report.statementDate(), report.source(), report.fileName(),
                report.createdAt(), report.createdBy(), report.statementLines(), report.matched(), own.size(), own);
    }

    private ReconciliationReport reconcile(byte[] content, LocalDate date, String source, String fileName,
                                           String by) {
        String partner = properties.partnerCode();
        Statement statement = Statement.parse(content, partner);
        List<ReconciliationReport.Mismatch> mismatches = new ArrayList<>();
        Set<String> onStatement = new HashSet<>();
        int matched = 0;
        for (Statement.Line line : statement.lines()) {
            if (!line.paid()) {
                continue;
            }
            onStatement.add(line.transactionId());
            Optional<Bills.RecordedPayment> here = bills.payment(partner, line.transactionId());
            if (here.isEmpty()) {
                mismatches.add(new ReconciliationReport.Mismatch(ReconciliationReport.Kind.THERE_NOT_HERE,
                        line.number(), line.billId(), line.transactionId(), null, line.amount(), null,
                        line.paidAt()));
            } else if (here.get().amountVnd() != line.amount()) {
                mismatches.add(new ReconciliationReport.Mismatch(ReconciliationReport.Kind.AMOUNT_DIFFERS,
                        line.number(), here.get().billId(), line.transactionId(), here.get().amountVnd(),
                        line.amount(), here.get().paidAt(), line.paidAt()));
            } else {
                matched++;
            }
        }
        for (Bills.RecordedPayment here : bills.paymentsOn(date, partner)) {
            if (!onStatement.contains(here.transactionId())) {
                mismatches.add(new ReconciliationReport.Mismatch(ReconciliationReport.Kind.PAID_HERE_NOT_THERE,
                        null, here.billId(), here.transactionId(), here.amountVnd(), null, here.paidAt(), null));
            }
        }
        long id = store.insert(date, source, fileName, sha256(content), clock.instant(), by,
                statement.lines().size(), matched, mismatches);
        audit.record(by, "PAYMENT_RECONCILED", "reconciliation:" + id, Map.of("date", date.toString(),
                "matched", matched, "mismatched", mismatches.size()));
        if (mismatches.isEmpty()) {
            log.info("Payment statement of {} ({}): {} matched, no mismatch", date, fileName, matched);
        } else {
            log.warn("Payment statement of {} ({}): {} matched, {} mismatches — report {}", date, fileName, matched,
                    mismatches.size(), id);
        }
        return store.find(id).orElseThrow();
    }

    /** The city administrator or auditor (city-wide staff), or a clerk (văn thư) of any unit. */
    private static void permitted(Actor by) {
        boolean clerk = by.grants().stream().anyMatch(g -> g.role() == Role.CLERK);
        if (by.kind() != Actor.Kind.STAFF || !(by.cityWide() || clerk)) {
            throw new ProblemException(ErrorCode.FORBIDDEN,
                    "Reconciliation reports are kept by the city administrator and the clerks");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
