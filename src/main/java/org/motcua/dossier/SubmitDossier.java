package org.motcua.dossier;

import tools.jackson.databind.JsonNode;

/**
 * A request to submit a dossier.
 *
 * @param receivingUnit where the dossier is received (the desk's unit; for online dossiers, the unit chosen)
 * @param competentUnit the unit that decides; optional when the procedure names a department
 */
public record SubmitDossier(String procedureCode, Channel channel, String receivingUnit, String competentUnit,
                            Applicant applicant, JsonNode form) {
}
