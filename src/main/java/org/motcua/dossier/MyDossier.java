package org.motcua.dossier;

import java.time.Instant;

/** One line of a citizen's "my dossiers" list. */
public record MyDossier(String code, DossierStatus status, String procedureNameVi, String procedureNameEn,
                        Instant submittedAt, Instant appointmentAt, long feesDueVnd, boolean feePaidOnline) {
}
