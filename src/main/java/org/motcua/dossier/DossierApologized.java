package org.motcua.dossier;

import java.time.Instant;

/** A late dossier's apology letter (form 04) was issued, with a reason and a new appointment date. */
public record DossierApologized(String code, String reason, Instant previousAppointmentAt, Instant newAppointmentAt,
                                Instant apologizedAt) {
}
