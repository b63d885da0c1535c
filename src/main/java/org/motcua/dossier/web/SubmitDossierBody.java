package org.motcua.dossier.web;

import org.motcua.dossier.Applicant;
import tools.jackson.databind.JsonNode;

/** The JSON of {@code POST /api/v1/dossiers}; {@code channel} is ONLINE, IN_PERSON or POSTAL. */
record SubmitDossierBody(String procedureCode, String channel, String receivingUnit, String competentUnit,
                         Applicant applicant, JsonNode form, java.util.UUID consentId) {
}
