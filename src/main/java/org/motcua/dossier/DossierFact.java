package org.motcua.dossier;

import java.time.Instant;

/**
 * What the service-quality indicators need to know about one dossier, as it stands now (read by the monitoring
 * module when a dossier event arrives, and for every dossier when its numbers are rebuilt).
 *
 * @param legalDueAt         the legal deadline (appointment before any apology; moved by the time waited for a
 *                           supplement or a payment); null until received
 * @param pausedAt           when the dossier started waiting for the applicant (supplement, payment); null otherwise
 * @param endedAt            the end of processing (finished, refused, stopped, withdrawn); null while processing
 * @param onTime             whether processing ended on time; null while processing
 * @param digitised          its components are held as electronic files (uploaded, scanned at the desk, or read from
 *                           the registries)
 * @param resultDigitised    its result was issued as an electronic document
 * @param registryDataReused data the registries hold was read and reused instead of asked for
 */
public record DossierFact(long id, String code, String procedureCode, String procedureName, Channel channel,
                          String receivingUnit, String competentUnit, DossierStatus status, Instant receivedAt,
                          Instant legalDueAt, Instant pausedAt, Instant endedAt, Boolean onTime,
                          int supplementRequests, long feesDueVnd, boolean feePaidOnline, boolean digitised,
                          boolean resultDigitised, boolean registryDataReused) {
}
