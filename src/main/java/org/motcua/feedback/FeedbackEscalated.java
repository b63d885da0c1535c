package org.motcua.feedback;

import java.time.Instant;

/** A report passed its deadline unanswered and was escalated to the city level (once per report). */
public record FeedbackEscalated(long reportId, String unit, String cityUnit, Instant dueAt, Instant at) {
}
