package org.motcua.documents.web;

import org.motcua.documents.AssignmentView;
import org.motcua.web.TagColour;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An assignment of an incoming document on its page.
 *
 * @param canAct the official may report progress and close it (its handler, a processor for a division's, or a
 *               leader of the unit) and it is still open
 */
public record AssignmentRow(String id, String assignee, String kindKey, String purposeKey, String due,
                            String statusKey, TagColour colour, String replySymbol, String note,
                            List<HistoryRow> progress, boolean canAct) {

    static AssignmentRow of(AssignmentView a, DocumentDesk desk, String me, Instant now, ZoneId zone) {
        boolean open = "OPEN".equals(a.status());
        boolean late = a.dueAt() != null && (open ? now.isAfter(a.dueAt())
                : a.closedAt() != null && a.closedAt().isAfter(a.dueAt()));
        boolean handler = "PERSON".equals(a.assigneeKind()) ? a.assignee().equals(me) : desk.processor();
        return new AssignmentRow(a.id(), a.assignee(), "documents.assignee." + a.assigneeKind(),
                "documents.purpose." + a.purpose(), Dates.when(a.dueAt(), zone),
                open ? (late ? "documents.assignment.overdue" : "documents.assignment.OPEN")
                        : "documents.assignment.CLOSED",
                open ? (late ? TagColour.RED : TagColour.BLUE) : TagColour.GREEN,
                a.replySymbol() == null ? "" : a.replySymbol(), a.note() == null ? "" : a.note(),
                a.progress().stream().map(p -> new HistoryRow(Dates.when(p.reportedAt(), zone),
                        "documents.history.progress", p.reportedBy(), p.note())).toList(),
                open && (handler || desk.leader()));
    }
}
