package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * One action on a dossier. Which fields are needed depends on the action: {@code reason} for REFUSE, TRANSFER, STOP,
 * WITHDRAW, REQUEST_SUPPLEMENT, APOLOGIZE and EXTEND_FOR_VERIFICATION; {@code missing} for REQUEST_SUPPLEMENT; {@code toUnit} for TRANSFER;
 * {@code newAppointmentAt} for APOLOGIZE; {@code attachments} (ids of files uploaded to the dossier) optionally for
 * FORWARD (the result on the last step) and SUPPLEMENT.
 */
public record ActionRequest(DossierAction action, String reason, String note, List<String> missing, String toUnit,
                            List<String> attachments, Instant newAppointmentAt) {
}
