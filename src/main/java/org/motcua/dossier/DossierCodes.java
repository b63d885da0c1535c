package org.motcua.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dossier codes (mã hồ sơ): agency identifier of the receiving unit, receipt date {@code YYMMDD}, daily sequence of
 * four digits — {@code 000.00.01.H29-240115-0001}. A number is taken by one statement committed on its own, before
 * the submission's transaction, so concurrent submissions at one desk do not queue behind each other's transactions;
 * a submission that then fails leaves a gap, which the rules tolerate.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;

    DossierCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Called outside any transaction: the statement commits by itself (one round trip, where a transaction of its own
     * took two), and the row of the day's sequence is locked only while the statement runs.
     */
    String next(String agencyCode, LocalDate day) {
        Assert.state(!TransactionSynchronizationManager.isActualTransactionActive(),
                "a dossier number is taken outside the submission's transaction");
        int n = jdbc.sql("""
                        insert into dossier_code_sequence (agency_code, day, last_value) values (:agency, :day, 1)
                        on conflict (agency_code, day)
                        do update set last_value = dossier_code_sequence.last_value + 1
                        returning last_value""")
                .param("agency", agencyCode).param("day", day).query(Integer.class).single();
        return format(agencyCode, day, n);
    }

    static String format(String agencyCode, LocalDate day, int sequence) {
        return agencyCode + "-" + day.format(YYMMDD) + "-" + String.format("%04d", sequence);
    }
}
