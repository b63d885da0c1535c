package org.motcua.documents;

/** The handling of an incoming document is due soon (published once per assignment, before the deadline). */
public record DocumentDeadlineApproaching(String assignmentId, String incomingId, String unit, String assignee, java.time.Instant dueAt) {
}
