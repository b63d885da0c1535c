package org.motcua.registry;

/**
 * A person named in another person's record: a parent, the spouse, a member of the household.
 *
 * @param personalId   the 12-digit personal ID number; null when the registry holds only the name (e.g. parents of
 *                     people born before the national population database)
 * @param relationship {@code father}, {@code mother}, {@code husband}, {@code wife}; in a household, the relationship
 *                     to its head: {@code head}, {@code husband}, {@code wife}, {@code son}, {@code daughter},
 *                     {@code father}, {@code mother}, {@code grandchild}, {@code relative}
 */
public record RelativeRef(String personalId, String fullName, String relationship) {
}
