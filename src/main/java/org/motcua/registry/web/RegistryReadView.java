package org.motcua.registry.web;

import java.time.Instant;

/** A record as read from a registry, with where it came from and when. */
record RegistryReadView<T>(String source, Instant readAt, T record) {
}
