package org.motcua.feedback;

import java.time.Instant;

/** One line of a report's history: append-only, never changed. */
public record ReportHistoryEntry(Instant at, String action, String actor, FeedbackStatus fromStatus,
                                 FeedbackStatus toStatus, String unit, String note) {
}
