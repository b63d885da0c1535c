package org.motcua.dossier;

import java.time.Instant;

/** The desk accepted the dossier; the legal clock runs from receivedAt. */
public record DossierReceived(String code, String procedureCode, String receivingUnit, String competentUnit, Instant receivedAt, Instant appointmentAt, Channel channel) {
}
