package org.motcua.dossier;

import java.time.Instant;

/** The dossier moved to another competent unit or tier. */
public record DossierTransferred(String code, String fromUnit, String toUnit, String reason, Instant transferredAt) {
}
