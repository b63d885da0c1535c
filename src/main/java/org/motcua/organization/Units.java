package org.motcua.organization;

import org.motcua.audit.AuditLog;
import org.motcua.problem.ProblemException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The units of the city (table {@code organization_unit}). A unit found by its slug is kept for a minute (dossiers,
 * logins and the public look-up ask for the same 200 units all the time); each change here forgets them, when made
 * and again when its transaction ends. Another node's change is seen within that minute.
 */
@Repository
public class Units {

    private static final Pattern AGENCY_CODE = Pattern.compile("^[0-9A-Z]{2,4}(\\.[0-9A-Z]{2,4}){2,4}$");

    private static final RowMapper<Unit> ROW = (rs, n) -> new Unit(rs.getString("slug"), rs.getString("name_vi"),
            rs.getString("name_en"), UnitType.fromCode(rs.getString("type")).orElseThrow(),
            rs.getString("parent_slug"), rs.getString("agency_code"),
            rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
            rs.getString("successor_slug"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"));

    private static final java.time.Duration KEEP = java.time.Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Map<String, Known> bySlug = new java.util.concurrent.ConcurrentHashMap<>();

    /** A cache entry; a class, not a record (records are domain values). */
    private static final class Known {

        private final Unit unit;
        private final long until;

        Known(Unit unit, long until) {
            this.unit = unit;
            this.until = until;
        }
    }

    Units(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Units that exist on {@code day}, optionally of one type, in the published order. */
    @Transactional(readOnly = true)
    public List<Unit> effectiveOn(LocalDate day, Optional<UnitType> type) {
        return jdbc.sql("""
                        select * from organization_unit
                        where effective_from <= :day and (effective_to is null or effective_to > :day)
                          and (cast(:type as text) is null or type = cast(:type as text))
                        order by seq""")
                .param("day", day)
                .param("type", type.map(UnitType::code).orElse(null))
                .query(ROW).list();
    }

    public Optional<Unit> find(String slug) {
        long now = System.nanoTime();
        Known known = slug == null ? null : bySlug.get(slug);
        if (known != null && known.until - now > 0) {
            return Optional.of(known.unit);
        }
        // one statement: no transaction of its own
        Optional<Unit> unit = jdbc.sql("select * from organization_unit where slug = :slug").param("slug", slug)
                .query(ROW).optional();
        unit.ifPresent(u -> bySlug.put(slug, new Known(u, now + KEEP.toNanos())));
        return unit;
    }

    /** Forgets the units read, now and when the current transaction ends (a reader in between may keep old data). */
    private void changed() {
        bySlug.clear();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            bySlug.clear();
                        }
                    });
        }
    }

    public Unit require(String slug) {
        return find(slug).orElseThrow(() -> new UnitNotFoundException(slug));
    }

    /** The city itself (the top of the hierarchy). */
    public Unit city() {
        return jdbc.sql("select * from organization_unit where type = 'city' order by seq limit 1").query(ROW)
                .optional().orElseThrow(() -> new IllegalStateException("The city unit is missing"));
    }

    /**
     * Records that a unit ceases to exist on {@code effectiveTo} (merged into {@code successor}). Nothing is deleted:
     * dossiers and documents keep pointing at the unit, which stays readable with its dates.
     */
    @Transactional
    public Unit dissolve(String slug, LocalDate effectiveTo, String successor, String actor) {
        Unit unit = require(slug);
        if (unit.effectiveTo() != null) {
            throw new ProblemException(org.motcua.problem.ErrorCode.CONFLICT,
                    "'" + slug + "' already ceased to exist on " + unit.effectiveTo());
        }
        if (unit.type() == UnitType.CITY) {
            throw ProblemException.invalidParameter("slug", "the city itself cannot be dissolved");
        }
        if (effectiveTo == null || !effectiveTo.isAfter(unit.effectiveFrom())) {
            throw ProblemException.invalidParameter("effectiveTo", "must be after " + unit.effectiveFrom());
        }
        if (successor != null) {
            Unit next = find(successor).orElseThrow(() -> ProblemException.invalidParameter("successor",
                    "no unit '" + successor + "'"));
            if (next.slug().equals(slug) || !next.effectiveOn(effectiveTo)) {
                throw ProblemException.invalidParameter("successor", "must be another unit in force on " + effectiveTo);
            }
        }
        jdbc.sql("update organization_unit set effective_to = :to, successor_slug = :successor where slug = :slug")
                .param("to", effectiveTo).param("successor", successor).param("slug", slug).update();
        changed();
        audit.record(actor, "UNIT_DISSOLVED", "unit:" + slug, java.util.Map.of("effectiveTo", effectiveTo.toString(),
                "successor", successor == null ? "" : successor));
        return require(slug);
    }

    /** Creates a unit, e.g. the unit formed by a merger, in force from {@code effectiveFrom}. */
    @Transactional
    public Unit create(Unit unit, String actor) {
        java.util.List<org.motcua.problem.FieldProblem> errors = new java.util.ArrayList<>();
        if (unit.slug() == null || !unit.slug().matches("^[a-z0-9]+(-[a-z0-9]+)*$") || unit.slug().length() > 80) {
            errors.add(new org.motcua.problem.FieldProblem("slug", "lower-case words joined by hyphens"));
        } else if (find(unit.slug()).isPresent()) {
            errors.add(new org.motcua.problem.FieldProblem("slug", "is already used"));
        }
        if (unit.type() == null || unit.type() == UnitType.CITY) {
            errors.add(new org.motcua.problem.FieldProblem("type", "department, service_center, ward, commune or special_zone"));
        }
        if (unit.nameVi() == null || unit.nameVi().isBlank()) {
            errors.add(new org.motcua.problem.FieldProblem("name", "is required"));
        }
        if (unit.nameEn() == null || unit.nameEn().isBlank()) {
            errors.add(new org.motcua.problem.FieldProblem("nameEn", "is required"));
        }
        if (unit.agencyCode() == null || !AGENCY_CODE.matcher(unit.agencyCode()).matches()) {
            errors.add(new org.motcua.problem.FieldProblem("agencyCode", "must look like 000.00.01.H29"));
        } else if (jdbc.sql("select count(*) from organization_unit where agency_code = :c").param("c", unit.agencyCode())
                .query(Integer.class).single() > 0) {
            errors.add(new org.motcua.problem.FieldProblem("agencyCode", "is already used by another unit"));
        }
        if (unit.effectiveFrom() == null) {
            errors.add(new org.motcua.problem.FieldProblem("effectiveFrom", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(org.motcua.problem.ErrorCode.INVALID_BODY, "The unit is invalid", errors);
        }
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from organization_unit").query(Integer.class).single();
        jdbc.sql("""
                        insert into organization_unit (slug, type, name_vi, name_en, parent_slug, agency_code,
                            effective_from, seq, latitude, longitude)
                        values (:slug, :type, :nameVi, :nameEn, :parent, :code, :from, :seq, :lat, :lon)""")
                .param("slug", unit.slug()).param("type", unit.type().code()).param("nameVi", unit.nameVi().strip())
                .param("nameEn", unit.nameEn().strip()).param("parent", city().slug())
                .param("code", unit.agencyCode()).param("from", unit.effectiveFrom()).param("seq", seq)
                .param("lat", unit.latitude()).param("lon", unit.longitude()).update();
        changed();
        audit.record(actor, "UNIT_CREATED", "unit:" + unit.slug(), java.util.Map.of("type", unit.type().code(),
                "effectiveFrom", unit.effectiveFrom().toString()));
        return require(unit.slug());
    }

    /** Sets the electronic agency identifier used in new dossier codes; codes already issued keep theirs. */
    @Transactional
    public Unit changeAgencyCode(String slug, String agencyCode, String actor) {
        Unit unit = require(slug);
        if (agencyCode == null || !AGENCY_CODE.matcher(agencyCode).matches()) {
            throw ProblemException.invalidParameter("agencyCode",
                    "must look like 000.00.01.H29 (groups of 2-4 digits or capitals separated by dots)");
        }
        boolean taken = jdbc.sql("select count(*) from organization_unit where agency_code = :code and slug <> :slug")
                .param("code", agencyCode).param("slug", slug).query(Integer.class).single() > 0;
        if (taken) {
            throw ProblemException.invalidParameter("agencyCode", "is already used by another unit");
        }
        jdbc.sql("update organization_unit set agency_code = :code where slug = :slug")
                .param("code", agencyCode).param("slug", slug).update();
        changed();
        audit.record(actor, "UNIT_AGENCY_CODE_CHANGED", "unit:" + slug,
                Map.of("from", unit.agencyCode(), "to", agencyCode));
        return require(slug);
    }
}
