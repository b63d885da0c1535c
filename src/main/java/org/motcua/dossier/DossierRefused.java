package org.motcua.dossier;

import java.time.Instant;

/**
 * The desk refused the dossier at intake (form 03, status 3) with the reason the applicant is given. Published with
 * {@link DossierFinished} for modules that need the reason.
 */
public record DossierRefused(String code, String receivingUnit, String reason, Instant refusedAt) {
}
