package org.motcua.feedback;

import java.time.Instant;

/** The unit answered a report; {@code onTime} when by its deadline. */
public record FeedbackAnswered(long reportId, String unit, boolean onTime, Instant at) {
}
