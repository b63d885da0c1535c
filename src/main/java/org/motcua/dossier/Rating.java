package org.motcua.dossier;

import java.time.Instant;

/** The applicant's satisfaction rating of a dossier's service: 1 (very unhappy) to 5 (very happy). */
public record Rating(String dossierCode, int score, String comment, Instant ratedAt) {
}
