package org.motcua.feedback;

import java.time.Instant;

/** A report was closed: {@code SATISFIED} by the reporter or {@code AUTO} after the waiting time. */
public record FeedbackClosed(long reportId, String unit, String reason, Instant at) {
}
