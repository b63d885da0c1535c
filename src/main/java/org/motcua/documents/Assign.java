package org.motcua.documents;

import java.math.BigDecimal;

/**
 * The leader's assignment of an incoming document.
 *
 * @param assigneeKind {@code PERSON} (a username holding a role in the unit) or {@code DEPARTMENT} (a division of
 *                     the unit, by name)
 * @param purpose      {@code HANDLE} or {@code INFORM}
 * @param workingDays  the handling deadline in working days from now (required to handle, 0.5 to 3650)
 */
public record Assign(String assigneeKind, String assignee, String purpose, BigDecimal workingDays, String note) {
}
