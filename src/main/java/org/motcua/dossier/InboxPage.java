package org.motcua.dossier;

import java.util.List;

/** One page of an inbox, sorted by due instant (the most urgent first), with the totals. */
public record InboxPage(List<InboxItem> items, int page, int size, long total, long overdue) {
}
