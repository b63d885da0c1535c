package org.motcua.catalog;

import org.motcua.audit.AuditLog;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The procedure catalogue, for other modules and the API: the versions in force, every version ever published (a
 * dossier keeps the version it was submitted under), search, and publication and retirement by the city administrator.
 * Every publication and retirement is audited ({@code PROCEDURE_PUBLISHED}, {@code PROCEDURE_RETIRED}, subject
 * {@code procedure:<code>}) in the same transaction.
 */
@Service
public class Catalog {

    /** The actor recorded for versions loaded from the definition files. */
    public static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(Catalog.class);

    private final ProcedureVersions versions;
    private final ReferenceData references;
    private final ProcedureDefinitionParser parser;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;
    private volatile ProcedureIndex index;

    Catalog(ProcedureVersions versions, ReferenceData references, AuditLog audit, TransactionTemplate tx,
            JsonMapper json, Optional<Clock> clock) {
        this.versions = versions;
        this.references = references;
        this.parser = new ProcedureDefinitionParser(references);
        this.audit = audit;
        this.tx = tx;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The version in force of a procedure; empty when the code is unknown or every version is retired. */
    public Optional<ProcedureVersion> findCurrent(String code) {
        return versions.current(code);
    }

    /**
     * The number of the version in force, without reading its definition: for callers that keep the versions they
     * have read (a published definition never changes). Empty as for {@link #findCurrent}.
     */
    public Optional<Integer> currentVersionNumber(String code) {
        return versions.currentNumber(code);
    }

    /** Any version, whatever its status: dossiers keep the version they were submitted under. */
    public Optional<ProcedureVersion> findVersion(String code, int version) {
        return versions.find(code, version);
    }

    /**
     * @throws ProcedureNotFoundException when the code is unknown or no version is in force
     */
    public ProcedureVersion requireCurrent(String code) {
        return findCurrent(code).orElseThrow(() -> versions.exists(code)
                ? new ProcedureNotFoundException(code, "has no version in force (all are retired)")
                : new ProcedureNotFoundException(code));
    }

    /**
     * @throws ProcedureNotFoundException        when the code is unknown
     * @throws ProcedureVersionNotFoundException when the procedure has no such version
     */
    public ProcedureVersion requireVersion(String code, int version) {
        return findVersion(code, version).orElseThrow(() -> versions.exists(code)
                ? new ProcedureVersionNotFoundException(code, version) : new ProcedureNotFoundException(code));
    }

    /**
     * Every version of a procedure, oldest first.
     *
     * @throws ProcedureNotFoundException when the code is unknown
     */
    public List<ProcedureVersion> versions(String code) {
        List<ProcedureVersion> all = versions.versions(code);
        if (all.isEmpty()) {
            throw new ProcedureNotFoundException(code);
        }
        return all;
    }

    /**
     * Searches the versions in force, ignoring diacritics and case; see {@link ProcedureIndex} for the ranking.
     *
     * @param query  blank for every procedure, sorted by name
     * @param tier   null for both tiers
     * @param sector a sector slug, null for all
     */
    public List<ProcedureVersion> search(String query, Tier tier, String sector) {
        return index().search(query, tier, sector);
    }

    public List<Sector> sectors() {
        return references.sectors();
    }

    public List<LifeEvent> lifeEvents() {
        return references.lifeEvents();
    }

    /**
     * Checks a definition (the structure of the YAML files) against the format and the references.
     *
     * @throws InvalidProcedureDefinitionException with every field error
     */
    public ProcedureDefinition parse(Map<?, ?> definition) {
        return parser.parse(definition);
    }

    /**
     * Publishes a new version of a procedure (version 1 of a new one) sent by the city administrator; the version in
     * force becomes superseded, dossiers already submitted keep theirs.
     *
     * @throws InvalidProcedureDefinitionException with every field error
     */
    public ProcedureVersion publish(Map<?, ?> definition, String actor) {
        ProcedureDefinition parsed = parser.parse(definition);
        String hash = sha256(json.writeValueAsBytes(parsed));
        ProcedureVersion published = tx.execute(status -> publish(parsed, DefinitionSource.API, hash, actor, Map.of()));
        refreshIndex();
        return published;
    }

    /**
     * Publishes a new version written as YAML (the structure of the definition files), e.g. a draft the city
     * administrator pasted into the back-office.
     *
     * @throws InvalidProcedureDefinitionException with every field error, or the line of a YAML syntax error
     */
    public ProcedureVersion publishYaml(String yaml, String actor) {
        Object document = YamlDocuments.read((yaml == null ? "" : yaml).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!(document instanceof Map<?, ?> map)) {
            throw new InvalidProcedureDefinitionException(null, List.of(new org.motcua.problem.FieldProblem("(yaml)",
                    "must be a mapping with the fields of a procedure definition")));
        }
        return publish(map, actor);
    }

    /** The codes of every procedure ever published, in force or not, in code order. */
    public List<String> codes() {
        return versions.codes();
    }

    /**
     * Publishes a definition read from a file unless the newest version that came from a file has the same hash.
     *
     * @return the new version, or empty when the file did not change
     */
    Optional<ProcedureVersion> publishFile(ProcedureDefinition definition, String fileName, String fileHash) {
        return tx.execute(status -> {
            versions.lock(definition.code(), clock.instant());
            if (versions.lastFileHash(definition.code()).filter(fileHash::equals).isPresent()) {
                return Optional.<ProcedureVersion>empty();
            }
            return Optional.of(publish(definition, DefinitionSource.FILE, fileHash, SYSTEM, Map.of("file", fileName)));
        });
    }

    private ProcedureVersion publish(ProcedureDefinition definition, DefinitionSource source, String hash,
                                     String actor, Map<String, String> extra) {
        Instant now = clock.instant();
        versions.lock(definition.code(), now);
        Optional<ProcedureVersion> previous = versions.current(definition.code());
        ProcedureVersion published = versions.publish(definition, source, hash, actor, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", published.version());
        details.put("source", source.code());
        details.put("hash", hash);
        previous.ifPresent(p -> details.put("superseded", p.version()));
        details.putAll(extra);
        audit.record(actor, "PROCEDURE_PUBLISHED", "procedure:" + definition.code(), details);
        log.info("Procedure {} version {} published by {} ({})", definition.code(), published.version(), actor,
                source.code());
        return published;
    }

    /**
     * Retires a version (published or superseded). It stays readable; a retired version in force leaves the procedure
     * without a version in force until a new one is published.
     *
     * @param reason why, recorded in the audit trail; may be null
     * @throws ProcedureNotFoundException        when the code is unknown
     * @throws ProcedureVersionNotFoundException when the procedure has no such version
     * @throws ProblemException                  {@code procedure-version-retired} when it is retired already
     */
    public ProcedureVersion retire(String code, int version, String actor, String reason) {
        ProcedureVersion retired = tx.execute(status -> {
            Instant now = clock.instant();
            if (!versions.exists(code)) {
                throw new ProcedureNotFoundException(code);
            }
            versions.lock(code, now);
            ProcedureVersion existing = requireVersion(code, version);
            if (existing.status() == VersionStatus.RETIRED) {
                throw new ProblemException(ErrorCode.PROCEDURE_VERSION_RETIRED,
                        "Version " + version + " of procedure '" + code + "' is retired already");
            }
            versions.retire(code, version, now);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("version", version);
            details.put("previousStatus", existing.status().code());
            if (reason != null && !reason.isBlank()) {
                details.put("reason", reason.strip());
            }
            audit.record(actor, "PROCEDURE_RETIRED", "procedure:" + code, details);
            log.info("Procedure {} version {} retired by {}", code, version, actor);
            return versions.find(code, version).orElseThrow();
        });
        refreshIndex();
        return retired;
    }

    /**
     * Rebuilds the search index from the versions in force. Called after each commit; serialised so that an older
     * snapshot never replaces a newer one.
     */
    synchronized void refreshIndex() {
        index = ProcedureIndex.of(versions.allCurrent());
    }

    private ProcedureIndex index() {
        ProcedureIndex current = index;
        if (current == null) {
            refreshIndex();
            current = index;
        }
        return current;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
