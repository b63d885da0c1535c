package org.motcua.organization;

/** A role held in a unit. */
public record StaffGrant(String unitSlug, Role role) {
}
