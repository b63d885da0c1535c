package org.motcua.feedback;

import java.time.Instant;

/** A line of a handler's list: overdue when unanswered past its deadline. */
public record ReportSummary(long id, String category, FeedbackStatus status, FeedbackChannel channel, String unit,
                           Instant receivedAt, Instant dueAt, boolean overdue, Instant escalatedAt,
                           String descriptionStart) {
}
