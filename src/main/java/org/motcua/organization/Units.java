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

/** The units of the city (table {@code organization_unit}). */
@Repository
public class Units {

    private static final Pattern AGENCY_CODE = Pattern.compile("^[0-9A-Z]{2,4}(\\.[0-9A-Z]{2,4}){2,4}$");

    private static final RowMapper<Unit> ROW = (rs, n) -> new Unit(rs.getString("slug"), rs.getString("name_vi"),
            rs.getString("name_en"), UnitType.fromCode(rs.getString("type")).orElseThrow(),
            rs.getString("parent_slug"), rs.getString("agency_code"),
            rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
            rs.getString("successor_slug"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

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

    @Transactional(readOnly = true)
    public Optional<Unit> find(String slug) {
        return jdbc.sql("select * from organization_unit where slug = :slug").param("slug", slug).query(ROW).optional();
    }

    public Unit require(String slug) {
        return find(slug).orElseThrow(() -> new UnitNotFoundException(slug));
    }

    /** The city itself (the top of the hierarchy). */
    public Unit city() {
        return jdbc.sql("select * from organization_unit where type = 'city' order by seq limit 1").query(ROW)
                .optional().orElseThrow(() -> new IllegalStateException("The city unit is missing"));
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
        audit.record(actor, "UNIT_AGENCY_CODE_CHANGED", "unit:" + slug,
                Map.of("from", unit.agencyCode(), "to", agencyCode));
        return require(slug);
    }
}
