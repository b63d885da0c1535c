package org.motcua.feedback;

import java.util.List;

/**
 * A page of a handler's list, the nearest deadline first.
 *
 * @param total   reports matching the filter, over all pages
 * @param overdue of those, how many are unanswered past their deadline
 */
public record ReportPage(List<Entry> items, long total, long overdue) {

    /** A line of the list with the open reports of the same category nearby (possible duplicates). */
    public record Entry(ReportSummary report, List<Long> possibleDuplicates) {
    }
}
