package org.motcua.monitoring;

import org.motcua.dossier.DossierFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Brings one dossier's contribution up to date with the dossier as it stands now and moves the sums by the
 * difference. Idempotent: a redelivered or duplicated event finds nothing to change and counts nothing twice; events
 * arriving out of order converge on the dossier's latest state.
 */
@Service
class ContributionRefresh {

    private final DossierFacts facts;
    private final MonitoringStore store;
    private final Clock clock;

    ContributionRefresh(DossierFacts facts, MonitoringStore store, Optional<Clock> clock) {
        this.facts = facts;
        this.store = store;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public void refresh(String dossierCode) {
        store.lockForUpdate(dossierCode);
        Instant now = clock.instant();
        Optional<DossierContribution> after = facts.of(dossierCode).flatMap(f -> DossierContribution.of(f, now));
        store.replace(dossierCode, store.find(dossierCode), after, now);
    }
}
