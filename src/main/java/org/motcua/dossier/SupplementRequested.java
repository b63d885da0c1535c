package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

/** The applicant was asked for a supplement (form 02); the deadline is paused. */
public record SupplementRequested(String code, List<String> missing, String reason, Instant requestedAt, int supplementRequests) {
}
