package org.motcua.feedback;

import java.time.Instant;

/** How a report is being handled, for counts by other modules: its unit, deadline and answer (null: unanswered). */
public record ReportHandling(long reportId, String category, String unit, Instant receivedAt, Instant dueAt,
                             Instant answeredAt) {
}
