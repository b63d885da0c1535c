package org.motcua.dossier;

import java.time.Instant;

/** A dossier waiting for the caller: in their unit, for their role. */
public record InboxItem(String code, DossierView.StatusView status, String procedureCode, String procedureName,
                        String applicantName, String unit, String role, String stepName, Instant since,
                        Instant dueAt, Instant appointmentAt, boolean overdue) {
}
