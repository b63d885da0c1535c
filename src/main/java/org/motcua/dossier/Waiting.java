package org.motcua.dossier;

import java.time.Instant;

/** Whom a dossier waits for: a role in a unit, by an instant (null: no deadline, e.g. a new online submission). */
record Waiting(String unit, String role, Instant dueAt) {
}
