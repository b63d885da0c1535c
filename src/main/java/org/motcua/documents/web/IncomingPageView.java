package org.motcua.documents.web;

import org.motcua.documents.AssignmentView;
import org.motcua.documents.IncomingView;
import org.motcua.web.SummaryRow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An entry of the unit's incoming register on its page: the document's details, its files with their signature
 * checks, the assignments with their progress, and the history.
 *
 * @param canAssign the official is a leader of the unit
 * @param canScan   a clerk of the unit, for a document registered from outside (delivered ones carry the issuer's
 *                  files)
 */
public record IncomingPageView(String id, String number, List<SummaryRow> details, List<FileRow> files,
                               List<AssignmentRow> assignments, List<HistoryRow> history, boolean canAssign,
                               boolean canScan) {

    static IncomingPageView of(IncomingView d, DocumentDesk desk, String me, Instant now, ZoneId zone) {
        List<SummaryRow> rows = List.of(row("documents.field.received", Dates.when(d.receivedAt(), zone)),
                row("documents.field.author", d.author()), row("documents.field.symbol", d.symbol()),
                row("documents.field.documentDate", Dates.day(d.documentDate())),
                row("documents.field.type", d.typeName()), row("documents.field.summary", d.summary()),
                row("documents.field.passOnDue", Dates.when(d.passOnDue(), zone)));
        List<Event> events = new ArrayList<>();
        events.add(new Event(d.receivedAt(), d.fromPlatform() ? "documents.history.delivered"
                : "documents.history.registered", d.registeredBy(), String.format("%02d", d.number())));
        for (AssignmentView a : d.assignments()) {
            events.add(new Event(a.assignedAt(), "documents.history.assigned", a.assignedBy(), a.assignee()));
            a.progress().forEach(p -> events.add(new Event(p.reportedAt(), "documents.history.progress",
                    p.reportedBy(), p.note())));
            if (a.closedAt() != null) {
                events.add(new Event(a.closedAt(), "documents.history.closed", a.closedBy(),
                        a.replySymbol() == null ? "" : a.replySymbol()));
            }
        }
        List<HistoryRow> history = events.stream().sorted(Comparator.comparing(Event::at))
                .map(e -> new HistoryRow(Dates.when(e.at(), zone), e.key(), e.by(), e.detail())).toList();
        return new IncomingPageView(d.id(), String.format("%02d", d.number()), rows,
                FileRow.of(d.files(), "/api/v1/documents/incoming/" + d.id()),
                d.assignments().stream().map(a -> AssignmentRow.of(a, desk, me, now, zone)).toList(), history,
                desk.leader(), desk.clerk() && !d.fromPlatform());
    }

    private record Event(Instant at, String key, String by, String detail) {
    }

    private static SummaryRow row(String key, String value) {
        return new SummaryRow(key, value == null ? "" : value, null);
    }
}
