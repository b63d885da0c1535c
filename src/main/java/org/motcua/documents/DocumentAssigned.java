package org.motcua.documents;

import java.time.Instant;

/**
 * A leader assigned an incoming document (văn bản đến) of the unit's register for handling or for information.
 *
 * @param assigneeKind {@code PERSON} (a username of the unit) or {@code DEPARTMENT} (a division of the unit by name)
 * @param purpose      {@code HANDLE} (with a deadline) or {@code INFORM} (for information; {@code dueAt} is null)
 * @param year         the year of the incoming register
 * @param number       the incoming number (số đến) in that year
 */
public record DocumentAssigned(String assignmentId, String incomingId, String unit, int year, int number,
                               String assigneeKind, String assignee, String purpose, Instant dueAt,
                               String assignedBy, Instant assignedAt) {
}
