package org.motcua.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Read-only facts about dossiers for the service-quality indicators: one dossier by code, or all of them in pages
 * ordered by their internal id (for rebuilding the monitoring numbers).
 */
@Service
public class DossierFacts {

    private static final String SELECT = """
            select d.id, d.code, d.procedure_code, d.procedure_name_vi, d.channel, d.receiving_unit, d.competent_unit,
                   d.status, d.received_at, d.legal_due_at, d.paused_at, d.ended_at, d.on_time, d.supplement_requests,
                   d.fees_due_vnd, d.fee_paid_online,
                   (jsonb_array_length(d.registry_components) > 0
                       or exists (select 1 from dossier_component c where c.dossier_id = d.id)) as digitised,
                   jsonb_array_length(d.result_files) > 0 as result_digitised,
                   d.registry_status in ('REUSED', 'PARTLY_REUSED') as reused
            from dossier d
            """;

    private final JdbcClient jdbc;

    DossierFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<DossierFact> of(String code) {
        return jdbc.sql(SELECT + " where d.code = :code").param("code", code).query(DossierFacts::fact).optional();
    }

    /** Up to {@code size} dossiers whose id is greater than {@code afterId}, in id order. */
    @Transactional(readOnly = true)
    public List<DossierFact> page(long afterId, int size) {
        return jdbc.sql(SELECT + " where d.id > :after order by d.id limit :size").param("after", afterId)
                .param("size", size).query(DossierFacts::fact).list();
    }

    private static DossierFact fact(ResultSet rs, int row) throws SQLException {
        return new DossierFact(rs.getLong("id"), rs.getString("code"), rs.getString("procedure_code"),
                rs.getString("procedure_name_vi"), Channel.valueOf(rs.getString("channel")),
                rs.getString("receiving_unit"), rs.getString("competent_unit"),
                DossierStatus.fromCode(rs.getInt("status")).orElseThrow(), instant(rs, "received_at"),
                instant(rs, "legal_due_at"), instant(rs, "paused_at"), instant(rs, "ended_at"),
                rs.getObject("on_time", Boolean.class), rs.getInt("supplement_requests"), rs.getLong("fees_due_vnd"),
                rs.getBoolean("fee_paid_online"), rs.getBoolean("digitised"), rs.getBoolean("result_digitised"),
                rs.getBoolean("reused"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
