package org.motcua.feedback;

import java.time.Instant;

/** The reporter rated the answer (1 to 5). */
public record FeedbackRated(long reportId, String unit, int rating, Instant at) {
}
