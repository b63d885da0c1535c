package org.motcua.registry;

import org.motcua.organization.StaffAccount;
import org.motcua.organization.StaffAccounts;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Appends to {@code registry_access_log} in a transaction of its own, so a read stays logged even when the reader's
 * transaction rolls back. A staff reader's name and unit are written as they are at the time of the read.
 */
@Component
class AccessLogWriter {

    static final String FOUND = "found";
    static final String NOT_FOUND = "not_found";
    static final String UNAVAILABLE = "unavailable";

    private final JdbcClient jdbc;
    private final StaffAccounts staff;
    private final Units units;

    AccessLogWriter(JdbcClient jdbc, StaffAccounts staff, Units units) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.units = units;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void append(Row row) {
        String name = null;
        String unit = null;
        String unitName = null;
        if (ReadContext.STAFF.equals(row.readerKind())) {
            Optional<StaffAccount> account = staff.find(row.readerId());
            if (account.isPresent()) {
                name = account.get().displayName();
                unit = account.get().grants().isEmpty() ? null : account.get().grants().get(0).unitSlug();
                unitName = unit == null ? null : units.find(unit).map(Unit::nameVi).orElse(null);
            }
        }
        jdbc.sql("""
                        insert into registry_access_log (at, reader_id, reader_kind, reader_name, reader_unit,
                            reader_unit_name, subject_id, registry, fields, purpose, outcome, source, duration_ms)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(row.at()), row.readerId(), row.readerKind(), name, unit, unitName,
                        row.subjectId(), row.registry(), row.fields().toArray(String[]::new), row.purpose(),
                        row.outcome(), row.source(), row.durationMillis())
                .update();
    }

    record Row(Instant at, String readerId, String readerKind, String subjectId, String registry, List<String> fields,
               String purpose, String outcome, String source, int durationMillis) {
    }
}
