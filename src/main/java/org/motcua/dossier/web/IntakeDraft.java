package org.motcua.dossier.web;

import java.io.Serializable;
import java.util.UUID;

/**
 * A walk-in dossier the desk is taking in, kept in the official's session until it is submitted: the procedure, the
 * channel and units, the applicant as the registry gave them and the official confirmed or corrected them, and the
 * form answers and scans (held in an {@link ApplicationDraft}, the shape {@link FormQuestions} reads and fills).
 */
final class IntakeDraft implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = "motcua.intake";

    final String procedureCode;
    /** Idempotency key of the submission, also sent in the check page's form: one dossier per draft. */
    final String key = UUID.randomUUID().toString();
    String channel;
    String receivingUnit;
    String competentUnit;
    boolean procedureDone;

    String personalId = "";
    String taxCode = "";
    String fullName = "";
    String dateOfBirth = "";
    String phone = "";
    String email = "";
    String address = "";
    /** Where the details came from: the registry's source name when read, null when typed by hand. */
    String personSource;
    String businessSource;
    String businessName;
    String readAt;
    /** The numbers last looked up: a changed number no longer has the registry as its source. */
    String lookedUpId;
    String lookedUpTaxCode;
    /** The values the registries gave (fullName, dateOfBirth, address), to tell confirmed from corrected ones. */
    final java.util.Map<String, String> fromRegistry = new java.util.LinkedHashMap<>();
    /** What the last look-up said when it found nothing: NOT_FOUND or UNAVAILABLE, else null. */
    String lookupOutcome;
    boolean applicantDone;
    boolean formDone;
    boolean uploadsDone;
    /** The dossier this draft became; a second submission of the same draft finds it here. */
    String submittedCode;

    final ApplicationDraft form = new ApplicationDraft();

    IntakeDraft(String procedureCode) {
        this.procedureCode = procedureCode;
    }
}
