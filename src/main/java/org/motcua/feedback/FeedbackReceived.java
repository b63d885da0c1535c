package org.motcua.feedback;

import java.time.Instant;

/** A report was received (not yet routed). */
public record FeedbackReceived(long reportId, String category, FeedbackChannel channel, Instant at) {
}
