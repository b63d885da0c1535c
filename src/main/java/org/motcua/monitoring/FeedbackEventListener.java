package org.motcua.monitoring;

import org.motcua.feedback.FeedbackAnswered;
import org.motcua.feedback.FeedbackAssigned;
import org.motcua.feedback.FeedbackQueries;
import org.motcua.feedback.FeedbackReceived;
import org.motcua.feedback.FeedbackReopened;
import org.motcua.feedback.FeedbackTransferred;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code monitoring_feedback} from the feedback module's events: each event that can change a report's unit,
 * deadline or answer copies the report's current handling (from the feedback module's API) into its one row. A
 * redelivered or late event copies the same state again, so nothing is counted twice. Escalation and closing change
 * none of these and are not listened to.
 */
@Component
class FeedbackEventListener {

    private final FeedbackQueries feedback;
    private final FeedbackStore store;

    FeedbackEventListener(FeedbackQueries feedback, FeedbackStore store) {
        this.feedback = feedback;
        this.store = store;
    }

    @ApplicationModuleListener
    void on(FeedbackReceived e) {
        refresh(e.reportId());
    }

    @ApplicationModuleListener
    void on(FeedbackAssigned e) {
        refresh(e.reportId());
    }

    @ApplicationModuleListener
    void on(FeedbackTransferred e) {
        refresh(e.reportId());
    }

    @ApplicationModuleListener
    void on(FeedbackAnswered e) {
        refresh(e.reportId());
    }

    @ApplicationModuleListener
    void on(FeedbackReopened e) {
        refresh(e.reportId());
    }

    private void refresh(long reportId) {
        feedback.handlingOf(reportId).ifPresent(store::upsert);
    }
}
