package org.motcua.dossier;

import java.time.Instant;

/**
 * Who to tell about a dossier and what to call it: the applicant with their contacts, the procedure's name, the
 * receiving unit and the appointment date.
 */
public record DossierContact(String code, String procedureCode, String procedureNameVi, String procedureNameEn,
                             Applicant applicant, String receivingUnit, Instant appointmentAt) {
}
