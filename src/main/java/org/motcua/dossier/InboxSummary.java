package org.motcua.dossier;

/**
 * What waits for one role of one unit: items that arrived in a period, items due soon and items past their due
 * instant.
 */
public record InboxSummary(String unit, String role, long arrived, long dueSoon, long overdue) {
}
