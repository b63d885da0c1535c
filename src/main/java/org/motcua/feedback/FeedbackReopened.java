package org.motcua.feedback;

import java.time.Instant;

/** The reporter reopened an answered report, with a reason; it is due again at {@code dueAt}. */
public record FeedbackReopened(long reportId, String unit, String reason, Instant dueAt, Instant at) {
}
