package org.motcua.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task of a directive plan assigned to a unit, with a deadline and the unit's progress reports.
 *
 * @param progress    the last reported progress, 0–100 (100 = done)
 * @param overdue     not done and its deadline has passed (Ho Chi Minh City date)
 * @param completedLate done after its deadline
 */
public record DirectiveTask(long id, String title, String unit, LocalDate dueOn, int progress, Instant completedAt,
                            boolean overdue, boolean completedLate, List<ProgressReport> reports) {

    public record ProgressReport(int seq, int progress, String note, String reportedBy, Instant reportedAt) {
    }
}
