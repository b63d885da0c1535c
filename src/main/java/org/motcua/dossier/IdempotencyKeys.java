package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code Idempotency-Key} of submissions, per caller. The key row is inserted in the submission's transaction, so a
 * concurrent retry waits on it and then sees the dossier the first attempt created.
 */
@Component
class IdempotencyKeys {

    private static final String PENDING = "";

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the key is new (and now taken); the earlier dossier's code when this is a retry. */
    Optional<String> claim(String actor, String key, String requestHash) {
        if (key.isBlank() || key.length() > 200) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "The Idempotency-Key must have 1-200 characters",
                    List.of(new FieldProblem("Idempotency-Key", "1-200 characters")));
        }
        int inserted = jdbc.sql("""
                        insert into dossier_idempotency (actor, key, request_hash, dossier_code)
                        values (:actor, :key, :hash, :pending) on conflict (actor, key) do nothing""")
                .param("actor", actor).param("key", key).param("hash", requestHash).param("pending", PENDING).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        record Earlier(String hash, String code) { }
        Earlier earlier = jdbc.sql("select request_hash, dossier_code from dossier_idempotency where actor = :actor and key = :key")
                .param("actor", actor).param("key", key)
                .query((rs, n) -> new Earlier(rs.getString(1), rs.getString(2))).single();
        if (!earlier.hash().equals(requestHash)) {
            throw new ProblemException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request");
        }
        return Optional.of(earlier.code());
    }

    void complete(String actor, String key, String code) {
        jdbc.sql("update dossier_idempotency set dossier_code = :code where actor = :actor and key = :key")
                .param("code", code).param("actor", actor).param("key", key).update();
    }

    String hash(String canonicalRequest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
