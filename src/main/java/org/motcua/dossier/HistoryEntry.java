package org.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of the process-control slip (phiếu kiểm soát quá trình giải quyết hồ sơ, form 06): append-only.
 *
 * @param stepIndex index of the process step the dossier was in when the action happened (-1 before receipt)
 */
public record HistoryEntry(int seq, Instant at, DossierAction action, String actorId, String actorName,
                           String actorRole, String actorUnit, DossierStatus fromStatus, DossierStatus toStatus,
                           int stepIndex, String note, List<String> attachments, Map<String, Object> details) {
}
