package org.motcua.monitoring;

import org.motcua.audit.AuditLog;
import org.motcua.dossier.DossierFact;
import org.motcua.dossier.DossierFacts;
import org.motcua.feedback.FeedbackQueries;
import org.motcua.feedback.ReportHandling;
import org.motcua.identity.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes every number from the dossiers, with the same rule as the incremental updates
 * ({@link DossierContribution}), in one transaction that incremental updates wait for. For a new installation, after
 * bulk-loaded dossiers, or to check the incremental numbers: both give identical sums. Audited
 * ({@code MONITORING_REBUILT}).
 */
@Service
public class MonitoringRebuild {

    private static final Logger log = LoggerFactory.getLogger(MonitoringRebuild.class);

    private final DossierFacts facts;
    private final MonitoringStore store;
    private final MonitoringAccess access;
    private final AuditLog audit;
    private final MonitoringProperties properties;
    private final Clock clock;
    private final FeedbackQueries feedback;
    private final FeedbackStore feedbackStore;

    MonitoringRebuild(DossierFacts facts, MonitoringStore store, MonitoringAccess access, AuditLog audit,
                      MonitoringProperties properties, Optional<Clock> clock,
                      FeedbackQueries feedback, FeedbackStore feedbackStore) {
        this.feedback = feedback;
        this.feedbackStore = feedbackStore;
        this.facts = facts;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** What a rebuild did. */
    public record Result(long dossiersRead, long dossiersCounted, int sums, long millis) {
    }

    @Transactional
    public Result rebuild(Caller caller) {
        access.requireCityAdmin(caller);
        Result result = rebuild();
        audit.record(caller.id(), "MONITORING_REBUILT", "monitoring", Map.of("dossiersRead", result.dossiersRead(),
                "dossiersCounted", result.dossiersCounted(), "millis", result.millis()));
        return result;
    }

    @Transactional
    Result rebuild() {
        long started = System.nanoTime();
        store.lockForRebuild();
        store.clear();
        Instant now = clock.instant();
        Map<MonitoringStore.CountKey, Counts> sums = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        long read = 0;
        long counted = 0;
        long after = 0;
        List<DossierFact> page;
        do {
            page = facts.page(after, properties.rebuildBatch());
            List<DossierContribution> rows = new ArrayList<>(page.size());
            for (DossierFact f : page) {
                DossierContribution.of(f, now).ifPresent(c -> {
                    rows.add(c);
                    sums.merge(MonitoringStore.CountKey.of(c), c.counts(), Counts::plus);
                    names.putIfAbsent(c.procedureCode(), c.procedureName());
                });
                after = f.id();
            }
            store.insertDossiers(rows, now);
            read += page.size();
            counted += rows.size();
        } while (page.size() == properties.rebuildBatch());
        store.insertCounts(sums, names);
        rebuildFeedback();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        log.info("Monitoring rebuilt from {} dossiers ({} counted, {} sums) in {} ms", read, counted, sums.size(),
                millis);
        return new Result(read, counted, sums.size(), millis);
    }

    /** {@code monitoring_feedback} from the feedback module's reports, in the same transaction. */
    private void rebuildFeedback() {
        feedbackStore.clear();
        long after = 0;
        List<ReportHandling> page;
        do {
            page = feedback.handling(after, properties.rebuildBatch());
            feedbackStore.insert(page);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).reportId();
            }
        } while (page.size() == properties.rebuildBatch());
    }
}
