package org.motcua.feedback;

import java.time.Instant;

/** The unit started handling a report. */
public record FeedbackStarted(long reportId, String unit, String by, Instant at) {
}
