package org.motcua.registry.internal;

/**
 * A ward-level unit as the demo data generator needs it.
 *
 * @param type {@code ward}, {@code commune} or {@code special_zone}
 */
record WardUnit(String slug, String name, String type) {
}
