package org.motcua.feedback;

/** Where a report is in its handling. Open311 shows {@link #CLOSED} as {@code closed}, everything else as {@code open}. */
public enum FeedbackStatus {
    /** Received; not yet routed to a unit (the assignment job does it within a minute). */
    RECEIVED,
    /** Routed to the responsible unit, which has not started. */
    ASSIGNED,
    /** The unit is handling it. */
    IN_PROGRESS,
    /** The unit answered; the reporter may rate, accept or reopen it. */
    ANSWERED,
    /** Closed: the reporter was satisfied, or nobody reopened it in time. */
    CLOSED;

    /** Still waiting for the unit's answer. */
    public boolean awaitsAnswer() {
        return this == RECEIVED || this == ASSIGNED || this == IN_PROGRESS;
    }

    public String open311() {
        return this == CLOSED ? "closed" : "open";
    }
}
