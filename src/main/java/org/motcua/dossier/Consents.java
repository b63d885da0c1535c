package org.motcua.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Consents to registry reads (table {@code dossier_consent}). */
@Repository
class Consents {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Consents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Consent c) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("form", c.prefilledForm());
        snapshot.put("sources", c.sources());
        snapshot.put("applicant", c.applicant());
        snapshot.put("componentsFromRegistry", c.componentsFromRegistry());
        jdbc.sql("""
                        insert into dossier_consent (id, subject_id, subject_kind, procedure_code, procedure_version,
                            consent_text, registries, fields, outcome, snapshot, given_at, expires_at)
                        values (:id, :subject, :kind, :code, :version, :text, cast(:registries as jsonb),
                            cast(:fields as jsonb), cast(:outcome as jsonb), cast(:snapshot as jsonb), :at, :expires)""")
                .param("id", c.id()).param("subject", c.subjectId()).param("kind", c.subjectKind())
                .param("code", c.procedureCode()).param("version", c.procedureVersion())
                .param("text", c.textVersion()).param("registries", json.writeValueAsString(c.registries()))
                .param("fields", json.writeValueAsString(c.fields()))
                .param("outcome", json.writeValueAsString(c.outcomes()))
                .param("snapshot", json.writeValueAsString(snapshot))
                .param("at", Timestamp.from(c.givenAt())).param("expires", Timestamp.from(c.expiresAt()))
                .update();
    }

    /** Locks the consent row, so two submissions cannot both use it. */
    Optional<Consent> findForUpdate(UUID id) {
        return jdbc.sql("select * from dossier_consent where id = :id for update").param("id", id)
                .query((rs, n) -> {
                    var snapshot = json.readTree(rs.getString("snapshot"));
                    return new Consent(UUID.fromString(rs.getString("id")), rs.getString("subject_id"),
                            rs.getString("subject_kind"), rs.getString("procedure_code"),
                            rs.getInt("procedure_version"), rs.getString("consent_text"),
                            json.readValue(rs.getString("registries"), new TypeReference<List<String>>() { }),
                            json.readValue(rs.getString("fields"), new TypeReference<List<String>>() { }),
                            json.readValue(rs.getString("outcome"), new TypeReference<List<RegistryOutcome>>() { }),
                            snapshot.get("form"),
                            json.convertValue(snapshot.get("sources"), new TypeReference<Map<String, String>>() { }),
                            json.convertValue(snapshot.get("applicant"), new TypeReference<Map<String, String>>() { }),
                            json.convertValue(snapshot.get("componentsFromRegistry"),
                                    new TypeReference<List<String>>() { }),
                            rs.getTimestamp("given_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                            rs.getString("used_by_dossier"));
                }).optional();
    }

    void markUsed(UUID id, String dossierCode) {
        jdbc.sql("update dossier_consent set used_by_dossier = :code where id = :id")
                .param("code", dossierCode).param("id", id).update();
    }
}
