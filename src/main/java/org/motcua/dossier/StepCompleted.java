package org.motcua.dossier;

import java.time.Instant;

/** A step of the internal process was completed and the dossier handed on. */
public record StepCompleted(String code, int stepIndex, String stepId, String unit, String role, String completedBy, Instant completedAt, boolean onTime) {
}
