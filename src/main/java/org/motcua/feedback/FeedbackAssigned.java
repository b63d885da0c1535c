package org.motcua.feedback;

import java.time.Instant;

/** A report was routed to the unit that must answer it by {@code dueAt}. */
public record FeedbackAssigned(long reportId, String unit, String routedBy, Instant dueAt, Instant at) {
}
