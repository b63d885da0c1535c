package org.motcua.dossier;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The applicant consented and the registries were read: the pre-filled form values (read-only in the dossier), the
 * source of each, the components no longer to upload, and what each registry answered. Submit the dossier with
 * {@code consentId} before {@code expiresAt}.
 */
public record ConsentResult(UUID consentId, String procedureCode, int procedureVersion, Instant givenAt,
                            Instant expiresAt, JsonNode prefilledForm, Map<String, String> sources,
                            Map<String, String> applicant, List<String> componentsFromRegistry,
                            List<RegistryOutcome> outcomes) {
}
