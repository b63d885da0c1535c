package org.motcua.dossier;

import java.time.Instant;

/**
 * The applicant provided the supplement asked for: processing resumes and the deadlines moved by the working time
 * waited ({@code legalDueAt} is the legal deadline after the move; null when the dossier was not yet received).
 */
public record SupplementProvided(String code, Instant providedAt, Instant legalDueAt) {
}
