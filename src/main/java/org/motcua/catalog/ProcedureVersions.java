package org.motcua.catalog;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The procedure versions (tables {@code catalog_procedure}, {@code catalog_procedure_version}). Writes must run in the
 * caller's transaction; {@link #lock} serialises publications of one procedure.
 */
@Repository
class ProcedureVersions {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<ProcedureVersion> row;

    ProcedureVersions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.row = (rs, n) -> new ProcedureVersion(rs.getString("code"), rs.getInt("version"),
                VersionStatus.fromCode(rs.getString("status")).orElseThrow(),
                json.readValue(rs.getString("definition"), ProcedureDefinition.class),
                DefinitionSource.fromCode(rs.getString("source")).orElseThrow(),
                rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"),
                rs.getTimestamp("retired_at") == null ? null : rs.getTimestamp("retired_at").toInstant());
    }

    /** Creates the procedure if new and locks its row until the end of the transaction. */
    void lock(String code, Instant now) {
        jdbc.sql("insert into catalog_procedure (code, created_at) values (:code, :now) on conflict (code) do nothing")
                .param("code", code).param("now", Timestamp.from(now)).update();
        jdbc.sql("select code from catalog_procedure where code = :code for update").param("code", code)
                .query(String.class).single();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from catalog_procedure where code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    /** The hash of the newest version that came from a file. */
    Optional<String> lastFileHash(String code) {
        return jdbc.sql("""
                        select source_hash from catalog_procedure_version
                        where code = :code and source = 'file' order by version desc limit 1""")
                .param("code", code).query(String.class).optional();
    }

    /**
     * Publishes the next version (1 for a new procedure) and supersedes the one in force. Call {@link #lock} first.
     */
    ProcedureVersion publish(ProcedureDefinition definition, DefinitionSource source, String hash, String actor,
                             Instant now) {
        String code = definition.code();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from catalog_procedure_version where code = :code")
                .param("code", code).query(Integer.class).single();
        jdbc.sql("""
                        update catalog_procedure_version set status = 'superseded'
                        where code = :code and status = 'published'""")
                .param("code", code).update();
        jdbc.sql("""
                        insert into catalog_procedure_version
                            (code, version, status, definition, source, source_hash, published_at, published_by)
                        values (:code, :version, 'published', cast(:definition as jsonb), :source, :hash, :at, :by)""")
                .param("code", code).param("version", version)
                .param("definition", json.writeValueAsString(definition))
                .param("source", source.code()).param("hash", hash)
                .param("at", Timestamp.from(now)).param("by", actor)
                .update();
        jdbc.sql("update catalog_procedure set current_version = :version where code = :code")
                .param("code", code).param("version", version).update();
        return find(code, version).orElseThrow();
    }

    /** Retires a version; when it was in force the procedure has no version in force any more. */
    void retire(String code, int version, Instant now) {
        jdbc.sql("""
                        update catalog_procedure set current_version = null
                        where code = :code and current_version = :version""")
                .param("code", code).param("version", version).update();
        jdbc.sql("""
                        update catalog_procedure_version set status = 'retired', retired_at = :at
                        where code = :code and version = :version""")
                .param("code", code).param("version", version).param("at", Timestamp.from(now)).update();
    }

    Optional<ProcedureVersion> find(String code, int version) {
        return jdbc.sql("select * from catalog_procedure_version where code = :code and version = :version")
                .param("code", code).param("version", version).query(row).optional();
    }

    /** Kept with the version's status in the same transactions (publish, retire). */
    Optional<Integer> currentNumber(String code) {
        return jdbc.sql("select current_version from catalog_procedure where code = :code and current_version is not null")
                .param("code", code).query(Integer.class).optional();
    }

    Optional<ProcedureVersion> current(String code) {
        return jdbc.sql("select * from catalog_procedure_version where code = :code and status = 'published'")
                .param("code", code).query(row).optional();
    }

    /** Every version of a procedure, oldest first. */
    List<ProcedureVersion> versions(String code) {
        return jdbc.sql("select * from catalog_procedure_version where code = :code order by version")
                .param("code", code).query(row).list();
    }

    /** Every procedure code with at least one version, in code order. */
    List<String> codes() {
        return jdbc.sql("""
                        select code from catalog_procedure p
                        where exists (select 1 from catalog_procedure_version v where v.code = p.code) order by code""")
                .query(String.class).list();
    }

    /** The versions in force, one per procedure. */
    List<ProcedureVersion> allCurrent() {
        return jdbc.sql("select * from catalog_procedure_version where status = 'published' order by code")
                .query(row).list();
    }
}
