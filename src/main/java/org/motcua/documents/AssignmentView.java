package org.motcua.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Who handles an incoming document, by when, and how far they got.
 *
 * @param assigneeKind {@code PERSON} (a username of the unit) or {@code DEPARTMENT} (a division of the unit by name)
 * @param purpose      {@code HANDLE} (with a deadline) or {@code INFORM} (for information)
 * @param status       {@code OPEN} or {@code CLOSED}
 * @param replySymbol  the number and symbol of the reply document it was closed with
 */
public record AssignmentView(String id, String assigneeKind, String assignee, String purpose, BigDecimal workingDays,
                             Instant dueAt, String note, String assignedBy, Instant assignedAt, String status,
                             Instant closedAt, String closedBy, String replySymbol, List<Progress> progress) {

    /** A progress report of the handler. */
    public record Progress(String note, String reportedBy, Instant reportedAt) {
    }

    static AssignmentView of(Assignment a, List<Progress> progress) {
        return new AssignmentView(a.id(), a.assigneeKind().name(), a.assignee(), a.purpose().name(), a.workingDays(),
                a.dueAt(), a.note(), a.assignedBy(), a.assignedAt(), a.closed() ? "CLOSED" : "OPEN", a.closedAt(),
                a.closedBy(), a.replySymbol(), progress);
    }
}
