package org.motcua.documents;

/** The handling of an incoming document passed its deadline unfinished (published once per assignment). */
public record DocumentOverdue(String assignmentId, String incomingId, String unit, String assignee, java.time.Instant dueAt) {
}
