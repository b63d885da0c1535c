package org.motcua.feedback;

import org.motcua.audit.AuditLog;
import org.motcua.demo.DemoMode;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * API keys of Open311 clients (mobile apps, Zalo bots), managed by the city administrator. Only a key's SHA-256 is
 * stored; the key is shown once when created. In demo mode the key {@code demo-open311-key} exists.
 */
@Service
public class Open311Keys implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final DemoMode demo;
    private final FeedbackProperties properties;

    Open311Keys(JdbcClient jdbc, AuditLog audit, DemoMode demo, FeedbackProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.demo = demo;
        this.properties = properties;
    }

    /** A key as listed (never the key itself). */
    public record KeyInfo(long id, String name, String createdBy, Instant createdAt, Instant revokedAt) {
    }

    /** A new key: {@code key} is shown this once. */
    public record NewKey(long id, String name, String key) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.enabled()) {
            jdbc.sql("""
                            insert into feedback_open311_key (name, key_hash, created_by, created_at)
                            values ('Demo client', :hash, 'system', now()) on conflict (key_hash) do nothing""")
                    .param("hash", FeedbackIntake.hash(properties.demoOpen311Key())).update();
        }
    }

    /** Whether the key is known and not revoked. */
    @Transactional(readOnly = true)
    public boolean valid(String key) {
        if (key == null || key.isBlank()) {
            return false;
        }
        return jdbc.sql("select count(*) from feedback_open311_key where key_hash = :h and revoked_at is null")
                .param("h", FeedbackIntake.hash(key)).query(Integer.class).single() > 0;
    }

    @Transactional
    public NewKey create(String name, String actor) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ProblemException.invalidParameter("name", "name the client (at most 200 characters)");
        }
        String key = FeedbackIntake.token(24);
        long id = jdbc.sql("""
                        insert into feedback_open311_key (name, key_hash, created_by, created_at)
                        values (:name, :hash, :by, :at) returning id""")
                .param("name", name.strip()).param("hash", FeedbackIntake.hash(key)).param("by", actor)
                .param("at", Timestamp.from(Instant.now())).query(Long.class).single();
        audit.record(actor, "feedback.open311-key.created", "feedback/open311-keys/" + id, Map.of("name", name));
        return new NewKey(id, name.strip(), key);
    }

    @Transactional(readOnly = true)
    public List<KeyInfo> list() {
        return jdbc.sql("select * from feedback_open311_key order by id")
                .query((rs, n) -> new KeyInfo(rs.getLong("id"), rs.getString("name"), rs.getString("created_by"),
                        FeedbackReports.instant(rs, "created_at"), FeedbackReports.instant(rs, "revoked_at")))
                .list();
    }

    @Transactional
    public void revoke(long id, String actor) {
        int n = jdbc.sql("update feedback_open311_key set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(Instant.now())).param("id", id).update();
        if (n == 0) {
            throw new ProblemException(ErrorCode.NOT_FOUND, "No active Open311 key " + id);
        }
        audit.record(actor, "feedback.open311-key.revoked", "feedback/open311-keys/" + id, Map.of());
    }
}
