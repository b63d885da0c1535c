package org.motcua.monitoring;

import org.motcua.dossier.DossierFinished;
import org.motcua.dossier.DossierOverdue;
import org.motcua.dossier.DossierReceived;
import org.motcua.dossier.DossierTransferred;
import org.motcua.dossier.ResultReturned;
import org.motcua.dossier.SupplementProvided;
import org.motcua.dossier.SupplementRequested;
import org.motcua.payment.FeePaid;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every dossier and payment event that can change a dossier's numbers refreshes its contribution (delivered through
 * the event publication registry: after commit, again after a failure or a restart). Not {@code DossierSubmitted}: a
 * submitted dossier counts nowhere until it is received ({@link DossierContribution}), and one received at a desk
 * publishes {@code DossierReceived} in the same transaction; listening to both cost a second refresh of every counter
 * submission that changed nothing.
 */
@Component
class MonitoringEventListener {

    private final ContributionRefresh refresh;

    MonitoringEventListener(ContributionRefresh refresh) {
        this.refresh = refresh;
    }

    @ApplicationModuleListener
    void on(DossierReceived event) {
        refresh.refresh(event.code());
    }

    @ApplicationModuleListener
    void on(DossierFinished event) {
        refresh.refresh(event.code());
    }

    @ApplicationModuleListener
    void on(ResultReturned event) {
        refresh.refresh(event.code());
    }

    @ApplicationModuleListener
    void on(SupplementRequested event) {
        refresh.refresh(event.code());
    }

    @ApplicationModuleListener
    void on(SupplementProvided event) {
        refresh.refresh(event.code());
    }

    @ApplicationModuleListener
    void on(DossierTransferred event) {
        refresh.refresh(event.code());
    }

    @ApplicationModuleListener
    void on(DossierOverdue event) {
        refresh.refresh(event.code());
    }

    @ApplicationModuleListener
    void on(FeePaid event) {
        refresh.refresh(event.dossierCode());
    }
}
