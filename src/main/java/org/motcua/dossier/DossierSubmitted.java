package org.motcua.dossier;

import java.time.Instant;

/** A dossier was submitted (online: status 1; at a desk it is received at once). */
public record DossierSubmitted(String code, String procedureCode, String receivingUnit, String competentUnit, Channel channel, Instant submittedAt) {
}
