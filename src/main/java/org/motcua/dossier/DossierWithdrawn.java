package org.motcua.dossier;

import java.time.Instant;

/**
 * The dossier was withdrawn (status 7) at the applicant's request, by the applicant online or by the receiving desk on
 * their behalf. Published with {@link DossierFinished} for modules that confirm it to the applicant.
 *
 * @param byApplicant true when the applicant withdrew it themselves, false when the desk did it for them
 */
public record DossierWithdrawn(String code, String reason, boolean byApplicant, Instant withdrawnAt) {
}
