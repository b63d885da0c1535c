package org.motcua.dossier;

import java.time.Instant;

/** The result was handed to the applicant (status 10). */
public record ResultReturned(String code, String procedureCode, Instant returnedAt) {
}
