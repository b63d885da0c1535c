package org.motcua.dossier;

import java.time.Instant;

/** Processing ended: finished (9), refused (3), stopped (8) or withdrawn (7). */
public record DossierFinished(String code, String procedureCode, String competentUnit, DossierStatus outcome, Instant endedAt, Boolean onTime) {
}
