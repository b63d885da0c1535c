package org.motcua.dossier;

import java.time.Instant;

/**
 * What anyone with the code may know about a dossier (tra cứu hồ sơ): no name, ID number, address or phone.
 *
 * @param completedSteps steps of the internal process already completed, of {@code totalSteps}
 */
public record PublicDossierStatus(String code, DossierView.StatusView status, DossierView.ProcedureRef procedure,
                                  String receivingUnitName, String competentUnitName, Instant submittedAt,
                                  Instant receivedAt, Instant appointmentAt, int completedSteps, int totalSteps,
                                  String currentStepName, Instant endedAt, Boolean onTime) {
}
