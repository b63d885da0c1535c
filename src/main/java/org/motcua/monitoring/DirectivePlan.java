package org.motcua.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * A directive plan of the city (kế hoạch chỉ đạo điều hành, e.g. "10-KH/BCĐTP") with its tasks.
 *
 * @param summary e.g. {@code "17/17 tasks done"}
 * @param overdue tasks not done whose deadline passed (highlighted)
 */
public record DirectivePlan(long id, String code, String title, String createdBy, Instant createdAt, int tasks,
                            int done, int overdue, String summary, List<DirectiveTask> taskList) {
}
