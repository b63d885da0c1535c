package org.motcua.identity.web;

/** One grant of the staff member on the staff home: the unit's slug and the message key of the role. */
public record StaffGrantRow(String unit, String roleKey) {
}
