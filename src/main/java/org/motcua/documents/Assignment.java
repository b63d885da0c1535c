package org.motcua.documents;

import java.math.BigDecimal;
import java.time.Instant;

/** An assignment of an incoming document for handling or for information, as stored. */
record Assignment(String id, String incomingId, AssigneeKind assigneeKind, String assignee, Purpose purpose,
                  BigDecimal workingDays, Instant dueAt, Instant remindAt, String note, String assignedBy,
                  Instant assignedAt, boolean closed, Instant closedAt, String closedBy, String replySymbol) {

    enum AssigneeKind { PERSON, DEPARTMENT }

    /** HANDLE: the handler (chủ trì xử lý), with a deadline; INFORM: for information (để biết). */
    enum Purpose { HANDLE, INFORM }
}
