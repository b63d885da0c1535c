package org.motcua.dossier;

import java.time.Instant;

/** A step passed its due instant; published once per dossier-step. */
public record DossierOverdue(String code, int stepIndex, String stepId, String unit, String role, Instant stepDueAt, Instant appointmentAt, boolean dossierLate) {
}
