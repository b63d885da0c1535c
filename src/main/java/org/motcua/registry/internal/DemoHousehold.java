package org.motcua.registry.internal;

/** A generated household; a row of {@code registry_household}. */
record DemoHousehold(String householdId, String headPersonalId, String address, String unitSlug) {
}
