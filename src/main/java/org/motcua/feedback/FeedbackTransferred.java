package org.motcua.feedback;

import java.time.Instant;

/** A unit passed a report on to another unit, with a reason. */
public record FeedbackTransferred(long reportId, String fromUnit, String toUnit, String reason, Instant at) {
}
