package org.motcua.dossier;

import tools.jackson.databind.JsonNode;

/**
 * A request to submit a dossier.
 *
 * @param receivingUnit where the dossier is received (the desk's unit; for online dossiers, the unit chosen)
 * @param competentUnit the unit that decides; optional when the procedure names a department
 * @param consentId     the applicant's consent to read the registries ({@link RegistryConsents#give}); its values
 *                      fill the form and cannot be changed here
 */
public record SubmitDossier(String procedureCode, Channel channel, String receivingUnit, String competentUnit,
                            Applicant applicant, JsonNode form, java.util.UUID consentId) {
}
