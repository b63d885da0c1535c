package org.motcua.dossier;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The applicant's consent to read their records for one procedure (who, what, which text version, when), with what
 * the registries answered and the values they gave. Used by at most one dossier, within its validity.
 */
record Consent(UUID id, String subjectId, String subjectKind, String procedureCode, int procedureVersion,
               String textVersion, List<String> registries, List<String> fields, List<RegistryOutcome> outcomes,
               JsonNode prefilledForm, Map<String, String> sources, Map<String, String> applicant,
               List<String> componentsFromRegistry, Instant givenAt, Instant expiresAt, String usedByDossier) {

    ConsentResult toResult() {
        return new ConsentResult(id, procedureCode, procedureVersion, givenAt, expiresAt, prefilledForm, sources,
                applicant, componentsFromRegistry, outcomes);
    }

    /** NONE, REUSED, PARTLY_REUSED, UNAVAILABLE or NOT_FOUND: how the dossier's registry data came about. */
    String registryStatus() {
        boolean found = outcomes.stream().anyMatch(o -> o.status().equals("FOUND"));
        boolean unavailable = outcomes.stream().anyMatch(o -> o.status().equals("UNAVAILABLE"));
        boolean missing = outcomes.stream().anyMatch(o -> o.status().equals("NOT_FOUND"));
        if (found && (unavailable || missing)) {
            return "PARTLY_REUSED";
        }
        return found ? "REUSED" : unavailable ? "UNAVAILABLE" : missing ? "NOT_FOUND" : "NONE";
    }
}
