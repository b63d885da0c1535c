package org.motcua.monitoring;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The monitoring tables: each dossier's contribution and the sums per unit, procedure and month. */
@Repository
class MonitoringStore {

    /** Advisory lock: shared by incremental updates, exclusive for a rebuild. */
    private static final long LOCK = 0x6d6f6e69L;
    private static final String COLUMNS = Arrays.stream(Measure.values()).map(Measure::column)
            .collect(Collectors.joining(", "));
    private static final String SUMS = Arrays.stream(Measure.values())
            .map(m -> "coalesce(sum(" + m.column() + "), 0)::bigint as " + m.column())
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MonitoringStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Serialises updates of one dossier, and waits while a rebuild runs. */
    void lockForUpdate(String dossierCode) {
        // one round trip; the shared lock first, as a rebuild takes it
        jdbc.sql("select pg_advisory_xact_lock_shared(:lock), pg_advisory_xact_lock(hashtext('monitoring:' || :code))")
                .param("lock", LOCK).param("code", dossierCode).query().singleRow();
    }

    void lockForRebuild() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleRow();
    }

    Optional<DossierContribution> find(String dossierCode) {
        return jdbc.sql("select * from monitoring_dossier where dossier_code = :code").param("code", dossierCode)
                .query((rs, n) -> new DossierContribution(rs.getString("dossier_code"), rs.getString("unit"),
                        rs.getString("procedure_code"), rs.getString("procedure_name"),
                        rs.getDate("month").toLocalDate(), counts(rs), instant(rs, "sweep_at"))).optional();
    }

    /** Replaces a dossier's contribution and moves the sums by the difference. */
    void replace(String dossierCode, Optional<DossierContribution> before, Optional<DossierContribution> after,
                 Instant at) {
        if (before.equals(after)) {
            return;
        }
        List<Object[]> deltas = new ArrayList<>();
        if (before.isPresent() && after.isPresent() && sameKey(before.get(), after.get())) {
            Counts change = after.get().counts().minus(before.get().counts());
            // only the time to sweep moved: no sum changes, and no lock on a row every dossier of the month updates
            if (!change.isZero()) {
                deltas.add(delta(after.get(), change));
            }
        } else {
            before.ifPresent(b -> deltas.add(delta(b, Counts.zero().minus(b.counts()))));
            after.ifPresent(a -> deltas.add(delta(a, a.counts())));
        }
        deltas.sort((x, y) -> (x[0] + "|" + x[1] + "|" + x[2]).compareTo(y[0] + "|" + y[1] + "|" + y[2]));
        if (after.isEmpty()) {
            jdbc.sql("delete from monitoring_dossier where dossier_code = :code").param("code", dossierCode).update();
        } else {
            template.update(upsertDossier(), dossierRow(after.get(), at));
        }
        // the sums last: every dossier of a unit, procedure and month moves the same row, whose lock is then held
        // only until the commit that follows
        if (!deltas.isEmpty()) {
            template.batchUpdate(upsertCounts(), deltas);
        }
    }

    /** Removes every number, before a rebuild. */
    void clear() {
        jdbc.sql("delete from monitoring_dossier").update();
        jdbc.sql("delete from monitoring_count").update();
    }

    void insertDossiers(List<DossierContribution> rows, Instant at) {
        template.batchUpdate(insertDossier(), rows.stream().map(r -> dossierRow(r, at)).toList());
    }

    void insertCounts(Map<CountKey, Counts> sums, Map<String, String> procedureNames) {
        List<Object[]> rows = new ArrayList<>();
        sums.forEach((k, c) -> {
            Object[] row = new Object[4 + Measure.values().length];
            row[0] = k.unit();
            row[1] = k.procedureCode();
            row[2] = Date.valueOf(k.month());
            row[3] = procedureNames.getOrDefault(k.procedureCode(), k.procedureCode());
            for (Measure m : Measure.values()) {
                row[4 + m.ordinal()] = c.get(m);
            }
            rows.add(row);
        });
        template.batchUpdate("insert into monitoring_count (unit, procedure_code, month, procedure_name, " + COLUMNS
                + ") values (?, ?, ?, ?" + ", ?".repeat(Measure.values().length) + ")", rows);
    }

    /** Dossiers that may have turned overdue by now. */
    List<String> dueForSweep(Instant now, int limit) {
        return jdbc.sql("""
                        select dossier_code from monitoring_dossier where sweep_at is not null and sweep_at < :now
                        order by sweep_at limit :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(String.class).list();
    }

    // ---- reading the sums -------------------------------------------------------------------------------------

    /**
     * The sums of one unit (or the city) over a period, with the procedures it received dossiers for: what its
     * report needs.
     */
    Totals totals(String unit, Period period) {
        return totalsBy(null, unit, period, rs -> "").getOrDefault("", new Totals(Counts.zero(), List.of()));
    }

    /** {@link #totals} of every unit with numbers in the period. */
    Map<String, Totals> totalsByUnit(Period period) {
        return totalsBy("unit", null, period, rs -> rs.getString("unit"));
    }

    /** {@link #totals} of one unit (or the city) for each month of the period with numbers. */
    Map<LocalDate, Totals> totalsByMonth(String unit, Period period) {
        return totalsBy("month", unit, period, rs -> rs.getDate("month").toLocalDate());
    }

    private interface Key<K> {
        K of(ResultSet rs) throws SQLException;
    }

    /**
     * {@link Totals} grouped by {@code column} (none: one group), of one unit or (unit null) all. Two aggregates over
     * the period's rows, the sums, then the distinct procedures handled: one that did both (array_agg distinct per
     * group) was three times slower. A procedure is handled when it received dossiers (counts are never negative).
     */
    private <K> Map<K, Totals> totalsBy(String column, String unit, Period period, Key<K> key) {
        String where = " from monitoring_count where month between :from and :to"
                + (unit == null ? "" : " and unit = :unit");
        Map<K, Counts> sums = new java.util.TreeMap<>();
        jdbc.sql("select " + (column == null ? "" : column + ", ") + SUMS + where
                        + (column == null ? " having count(*) > 0" : " group by " + column))
                .params(params(unit, period)).query(rs -> {
                    sums.put(key.of(rs), counts(rs));
                });
        Map<K, List<String>> handled = new java.util.HashMap<>();
        jdbc.sql("select distinct " + (column == null ? "" : column + ", ") + "procedure_code" + where
                        + " and received > 0")
                .params(params(unit, period)).query(rs -> {
                    handled.computeIfAbsent(key.of(rs), k -> new ArrayList<>()).add(rs.getString("procedure_code"));
                });
        Map<K, Totals> map = new java.util.TreeMap<>();
        sums.forEach((k, counts) -> map.put(k, new Totals(counts, handled.getOrDefault(k, List.of()))));
        return map;
    }

    /** Sums per procedure of one unit (or the city) over a period, with the procedure's name. */
    List<ProcedureCounts> byProcedure(String unit, Period period) {
        return jdbc.sql("select procedure_code, max(procedure_name) as procedure_name, " + SUMS
                        + " from monitoring_count where month between :from and :to"
                        + (unit == null ? "" : " and unit = :unit")
                        + " group by procedure_code order by procedure_code")
                .params(params(unit, period)).query((rs, n) -> new ProcedureCounts(rs.getString("procedure_code"),
                        rs.getString("procedure_name"), counts(rs))).list();
    }

    /** The dossiers behind a number: codes counted under {@code measure} (all received when null). */
    List<DossierContribution> dossiers(String unit, String procedureCode, Period period, Measure measure, int limit,
                                       int offset) {
        Map<String, Object> p = params(unit, period);
        p.put("procedure", procedureCode);
        p.put("limit", limit);
        p.put("offset", offset);
        return jdbc.sql("select * from monitoring_dossier where month between :from and :to"
                        + (unit == null ? "" : " and unit = :unit")
                        + (procedureCode == null ? "" : " and procedure_code = :procedure")
                        + (measure == null ? "" : " and " + measure.column() + " = 1")
                        + " order by dossier_code limit :limit offset :offset")
                .params(p).query((rs, n) -> new DossierContribution(rs.getString("dossier_code"),
                        rs.getString("unit"), rs.getString("procedure_code"), rs.getString("procedure_name"),
                        rs.getDate("month").toLocalDate(), counts(rs), instant(rs, "sweep_at"))).list();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    record CountKey(String unit, String procedureCode, LocalDate month) {
        static CountKey of(DossierContribution c) {
            return new CountKey(c.unit(), c.procedureCode(), c.month());
        }
    }

    private static boolean sameKey(DossierContribution a, DossierContribution b) {
        return CountKey.of(a).equals(CountKey.of(b));
    }

    private static Object[] delta(DossierContribution key, Counts delta) {
        Object[] row = new Object[4 + Measure.values().length];
        row[0] = key.unit();
        row[1] = key.procedureCode();
        row[2] = Date.valueOf(key.month());
        row[3] = key.procedureName();
        for (Measure m : Measure.values()) {
            row[4 + m.ordinal()] = delta.get(m);
        }
        return row;
    }

    private static String upsertCounts() {
        return "insert into monitoring_count (unit, procedure_code, month, procedure_name, " + COLUMNS
                + ") values (?, ?, ?, ?" + ", ?".repeat(Measure.values().length) + ") on conflict (unit, "
                + "procedure_code, month) do update set " + Arrays.stream(Measure.values())
                .map(m -> m.column() + " = monitoring_count." + m.column() + " + excluded." + m.column())
                .collect(Collectors.joining(", "));
    }

    private static String insertDossier() {
        return "insert into monitoring_dossier (dossier_code, unit, procedure_code, procedure_name, month, " + COLUMNS
                + ", sweep_at, updated_at) values (?, ?, ?, ?, ?" + ", ?".repeat(Measure.values().length)
                + ", ?, ?)";
    }

    private static String upsertDossier() {
        return insertDossier() + " on conflict (dossier_code) do update set unit = excluded.unit, procedure_code ="
                + " excluded.procedure_code, procedure_name = excluded.procedure_name, month = excluded.month, "
                + Arrays.stream(Measure.values()).map(m -> m.column() + " = excluded." + m.column())
                .collect(Collectors.joining(", ")) + ", sweep_at = excluded.sweep_at, updated_at = excluded.updated_at";
    }

    private static Object[] dossierRow(DossierContribution c, Instant at) {
        Object[] row = new Object[7 + Measure.values().length];
        row[0] = c.dossierCode();
        row[1] = c.unit();
        row[2] = c.procedureCode();
        row[3] = c.procedureName();
        row[4] = Date.valueOf(c.month());
        for (Measure m : Measure.values()) {
            row[5 + m.ordinal()] = (short) c.counts().get(m);
        }
        row[5 + Measure.values().length] = c.sweepAt() == null ? null : Timestamp.from(c.sweepAt());
        row[6 + Measure.values().length] = Timestamp.from(at);
        return row;
    }

    private static Map<String, Object> params(String unit, Period period) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("from", Date.valueOf(period.from()));
        p.put("to", Date.valueOf(period.lastMonthStart()));
        if (unit != null) {
            p.put("unit", unit);
        }
        return p;
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        Map<Measure, Long> map = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            map.put(m, rs.getLong(m.column()));
        }
        return Counts.of(map);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
