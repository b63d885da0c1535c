package org.motcua.dossier.web;

import org.motcua.dossier.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Citizens' online applications not yet submitted (hồ sơ nháp), in the database: a citizen who stops (to find a
 * document, or because the phone ran out) finds the answers again later, on another device, whichever node answers,
 * and uploaded files do not sit in the server's memory. One draft per applicant and procedure; deleted when the
 * dossier is submitted, or when untouched for {@code motcua.dossier.keep-drafts} (the answers include personal data
 * read from the registries).
 */
@Component
class ApplicationDrafts {

    private static final Logger log = LoggerFactory.getLogger(ApplicationDrafts.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration keep;

    ApplicationDrafts(JdbcClient jdbc, JsonMapper json, Optional<Clock> clock,
                      @Value("${motcua.dossier.keep-drafts:30d}") Duration keep) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("motcua.dossier.keep-drafts must be positive, was " + keep);
        }
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock.orElseGet(Clock::systemUTC);
        this.keep = keep;
    }

    /** How long a draft is kept after its last change: said to the citizen on the task list. */
    Duration keep() {
        return keep;
    }

    /**
     * The applicant's draft for the procedure, or a new one (stored only once saved). A stored draft that can no
     * longer be read (written by a release that stored it differently) is started afresh rather than answered with an
     * error on every page until it expires; the next save replaces it.
     */
    ApplicationDraft find(Actor applicant, String procedureCode) {
        return jdbc.sql("select content from application_draft where owner = ? and procedure_code = ?")
                .params(owner(applicant), procedureCode)
                .query(String.class).optional()
                .map(content -> read(content, procedureCode))
                .orElseGet(ApplicationDraft::new);
    }

    private ApplicationDraft read(String content, String procedureCode) {
        try {
            return json.readValue(content, Stored.class).draft();
        } catch (JacksonException unreadable) {
            log.warn("An application draft of {} could not be read and is started afresh: {}", procedureCode,
                    unreadable.getOriginalMessage());
            return new ApplicationDraft();
        }
    }

    /** Whether the applicant has a draft saved for the procedure. */
    boolean exists(Actor applicant, String procedureCode) {
        return jdbc.sql("select exists (select 1 from application_draft where owner = ? and procedure_code = ?)")
                .params(owner(applicant), procedureCode).query(Boolean.class).single();
    }

    /** The drafts an applicant has started, newest first: procedure code and last change. */
    List<Started> started(Actor applicant) {
        return jdbc.sql("""
                        select procedure_code, updated_at from application_draft where owner = ?
                        order by updated_at desc""")
                .params(owner(applicant))
                .query((rs, n) -> new Started(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
    }

    record Started(String procedureCode, Instant updatedAt) { }

    void save(Actor applicant, String procedureCode, ApplicationDraft draft) {
        jdbc.sql("""
                        insert into application_draft (owner, procedure_code, content, updated_at)
                        values (?, ?, ?::json, ?)
                        on conflict (owner, procedure_code)
                        do update set content = excluded.content, updated_at = excluded.updated_at""")
                .params(owner(applicant), procedureCode, json.writeValueAsString(Stored.of(draft)),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** Saves the draft with the files just uploaded (their content is kept apart, read only at submission). */
    @Transactional
    void saveWithUploads(Actor applicant, String procedureCode, ApplicationDraft draft,
                         Map<String, ApplicationDraft.Upload> uploaded) {
        uploaded.forEach((component, file) -> draft.uploads.put(component,
                new ApplicationDraft.Upload(file.name(), file.contentType(), null)));
        save(applicant, procedureCode, draft);
        uploaded.forEach((component, file) -> jdbc.sql("""
                        insert into application_draft_upload (owner, procedure_code, component, content)
                        values (?, ?, ?, ?)
                        on conflict (owner, procedure_code, component) do update set content = excluded.content""")
                .params(owner(applicant), procedureCode, component, file.content())
                .update());
    }

    /** The content of a file uploaded for the draft; empty when there is none (the draft was deleted meanwhile). */
    Optional<byte[]> upload(Actor applicant, String procedureCode, String component) {
        return jdbc.sql("""
                        select content from application_draft_upload
                        where owner = ? and procedure_code = ? and component = ?""")
                .params(owner(applicant), procedureCode, component)
                .query(byte[].class).optional();
    }

    /** Deletes the draft and its files: submitted, or discarded by the applicant. */
    void delete(Actor applicant, String procedureCode) {
        jdbc.sql("delete from application_draft where owner = ? and procedure_code = ?")
                .params(owner(applicant), procedureCode).update();
    }

    /** Deletes the drafts untouched since {@code now} minus the time they are kept; returns how many. */
    int deleteAbandoned(Instant now) {
        int deleted = jdbc.sql("delete from application_draft where updated_at < ?")
                .params(Timestamp.from(now.minus(keep))).update();
        if (deleted > 0) {
            log.info("Deleted {} application draft(s) untouched for {}", deleted, keep);
        }
        return deleted;
    }

    @Scheduled(fixedDelayString = "${motcua.dossier.draft-cleanup-interval:1h}", initialDelayString = "PT5M")
    void scheduledCleanup() {
        deleteAbandoned(clock.instant());
    }

    private static String owner(Actor applicant) {
        return applicant.kind() + ":" + applicant.id();
    }

    /** The stored form of a draft (the uploads' names and types only). */
    record Stored(String key, Boolean consented, UUID consentId, Map<String, String> prefilled,
                  Map<String, String> sources, Map<String, String> answers, Set<Integer> answeredPages,
                  List<String> componentsFromRegistry, List<String> registryProblems,
                  Map<String, StoredUpload> uploads, boolean uploadsDone, Map<String, Integer> items, String unit,
                  String phone) {

        static Stored of(ApplicationDraft d) {
            Map<String, StoredUpload> uploads = new LinkedHashMap<>();
            d.uploads.forEach((component, file) -> uploads.put(component,
                    new StoredUpload(file.name(), file.contentType())));
            return new Stored(d.key, d.consented, d.consentId, d.prefilled, d.sources, d.answers, d.answeredPages,
                    d.componentsFromRegistry, d.registryProblems, uploads, d.uploadsDone, d.items(), d.unit,
                    d.phone);
        }

        ApplicationDraft draft() {
            ApplicationDraft d = new ApplicationDraft();
            d.key = key;
            d.consented = consented;
            d.consentId = consentId;
            putAll(d.prefilled, prefilled);
            putAll(d.sources, sources);
            putAll(d.answers, answers);
            if (answeredPages != null) {
                d.answeredPages.addAll(answeredPages);
            }
            d.componentsFromRegistry = componentsFromRegistry == null ? List.of() : List.copyOf(componentsFromRegistry);
            d.registryProblems = registryProblems == null ? List.of() : List.copyOf(registryProblems);
            if (uploads != null) {
                uploads.forEach((component, file) -> d.uploads.put(component,
                        new ApplicationDraft.Upload(file.name(), file.contentType(), null)));
            }
            d.uploadsDone = uploadsDone;
            d.items(items == null ? Map.of() : items);
            d.unit = unit;
            d.phone = phone;
            return d;
        }

        private static <K, V> void putAll(Map<K, V> into, Map<K, V> from) {
            if (from != null) {
                into.putAll(from);
            }
        }
    }

    record StoredUpload(String name, String contentType) { }
}
