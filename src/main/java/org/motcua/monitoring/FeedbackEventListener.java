package org.motcua.monitoring;

import org.motcua.feedback.FeedbackAnswered;
import org.motcua.feedback.FeedbackAssigned;
import org.motcua.feedback.FeedbackReceived;
import org.motcua.feedback.FeedbackReopened;
import org.motcua.feedback.FeedbackTransferred;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code monitoring_feedback} from the feedback module's events. Escalation and closing change neither the
 * responsible unit, the deadline nor the answer, so they are not listened to.
 */
@Component
class FeedbackEventListener {

    private final FeedbackStore store;

    FeedbackEventListener(FeedbackStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(FeedbackReceived e) {
        store.received(e.reportId(), e.category(), e.at());
    }

    @ApplicationModuleListener
    void on(FeedbackAssigned e) {
        store.due(e.reportId(), e.unit(), e.dueAt(), false);
    }

    @ApplicationModuleListener
    void on(FeedbackTransferred e) {
        store.unit(e.reportId(), e.toUnit());
    }

    @ApplicationModuleListener
    void on(FeedbackAnswered e) {
        store.answered(e.reportId(), e.unit(), e.at());
    }

    @ApplicationModuleListener
    void on(FeedbackReopened e) {
        store.due(e.reportId(), e.unit(), e.dueAt(), true);
    }
}
