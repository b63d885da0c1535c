package org.motcua.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Routes each received report to its unit automatically: at once after the receipt commits (an asynchronous
 * listener of {@link FeedbackReceived}, delivered through the event publication registry), and every
 * {@code assignment-sweep-interval} for any the listener missed. Either way within a minute.
 */
@Component
class FeedbackAssignment {

    private static final Logger log = LoggerFactory.getLogger(FeedbackAssignment.class);

    private final FeedbackHandling handling;

    FeedbackAssignment(FeedbackHandling handling) {
        this.handling = handling;
    }

    @ApplicationModuleListener
    void on(FeedbackReceived received) {
        handling.assign(received.reportId());
    }

    @Scheduled(fixedDelayString = "${motcua.feedback.assignment-sweep-interval:20s}", initialDelayString = "PT15S")
    void sweep() {
        int assigned;
        do {
            assigned = handling.assignReceived(100);
            if (assigned > 0) {
                log.info("Assignment sweep routed {} feedback reports", assigned);
            }
        } while (assigned == 100);
    }
}
