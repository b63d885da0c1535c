package org.motcua.dossier;

import java.time.Instant;

/** The applicant's note that a value taken from a registry is wrong; the processor sees it with the dossier. */
public record DataFlag(int seq, String field, String comment, String flaggedBy, Instant flaggedAt) {
}
