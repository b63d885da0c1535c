package org.motcua.dossier;

/**
 * What one registry answered when the applicant consented: {@code FOUND}, {@code NOT_FOUND} or {@code UNAVAILABLE},
 * with a message to show when it was not found or did not answer (then the applicant fills in by hand and uploads).
 */
public record RegistryOutcome(String registry, String status, String source, String message) {
}
