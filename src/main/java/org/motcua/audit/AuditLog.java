package org.motcua.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Appends to and reads the audit trail (table {@code audit_entry}, append-only). */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records an entry in the caller's transaction (or its own when there is none). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String subject, Map<String, ?> details) {
        jdbc.sql("""
                        insert into audit_entry (at, actor, action, subject, details)
                        values (:at, :actor, :action, :subject, cast(:details as jsonb))""")
                .param("at", Timestamp.from(Instant.now()))
                .param("actor", actor)
                .param("action", action)
                .param("subject", subject)
                .param("details", json.writeValueAsString(details))
                .update();
    }

    /** The newest entries first, optionally only those whose subject starts with {@code subjectPrefix}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(String subjectPrefix, int limit) {
        return jdbc.sql("""
                        select id, at, actor, action, subject, details::text as details from audit_entry
                        where subject like :prefix order by id desc limit :limit""")
                .param("prefix", (subjectPrefix == null ? "" : subjectPrefix.replace("%", "\\%")) + "%")
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
                        json.readValue(rs.getString("details"), new TypeReference<Map<String, Object>>() { })))
                .list();
    }
}
