package org.motcua.dossier;

import java.time.Instant;

/**
 * A leader stopped processing the dossier (form 05, status 8) with the reason the applicant is given. Published with
 * {@link DossierFinished} for modules that need the reason.
 */
public record DossierStopped(String code, String processingUnit, String reason, Instant stoppedAt) {
}
