package org.motcua.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of comparing one day's gateway statement with the payments recorded here.
 *
 * @param statementLines the transactions on the statement (the header not counted)
 * @param matched        statement payments recorded here with the same amount
 * @param mismatches     everything else that concerns money, in statement order, then the payments missing from it
 */
public record ReconciliationReport(long id, LocalDate statementDate, String source, String fileName,
                                   Instant createdAt, String createdBy, int statementLines, int matched,
                                   int mismatched, List<Mismatch> mismatches) {

    public enum Kind {
        /** Paid here (a transaction with result 00 on that day) but not on the gateway's statement. */
        PAID_HERE_NOT_THERE,
        /** A payment on the statement that is not recorded here. */
        THERE_NOT_HERE,
        /** On both, with different amounts. */
        AMOUNT_DIFFERS
    }

    /** @param line the statement line (1 = header); null for a payment missing from the statement */
    public record Mismatch(Kind kind, Integer line, String billId, String transactionId, Long amountHere,
                           Long amountThere, Instant paidAtHere, Instant paidAtThere) {
    }

    /** The report without its mismatches, for lists. */
    public record Summary(long id, LocalDate statementDate, String source, String fileName, Instant createdAt,
                          String createdBy, int statementLines, int matched, int mismatched) {
    }
}
