package org.motcua.dossier.web;

import java.util.List;

/** What the counter intake pages pass to their templates (public: the generated templates live in another package). */
public final class IntakeViews {

    private IntakeViews() {
    }

    /** The procedure being taken in, and the address of its intake pages. */
    public record IntakeContext(String code, String name, String base) {
    }

    /** A procedure found by the search, linking to its intake. */
    public record ProcedureHit(String code, String name, String competent, String href) {
    }

    /** An error of the page that links to a field, possibly on another page of the intake. */
    public record LinkedError(String href, String text) {
    }

    /** One group of questions of the form page: a few top-level fields, or one sub-object. */
    public record QuestionGroup(String title, List<Question> questions) {
    }

    /** What the procedure step shows: the channel, the desk and the competent unit. */
    public record ProcedureStep(String channel, List<ApplyViews.UnitOption> desks, String fixedDesk,
                                List<ApplyViews.UnitOption> competentUnits, String fixedCompetent) {
    }

    /** The applicant's details as the official confirms or types them. */
    public record ApplicantForm(String personalId, String taxCode, String fullName, String dateOfBirth, String phone,
                                String email, String address, boolean organisation) {
    }

    /** The confirmation: the dossier, its appointment, what waits, and where to go next. */
    public record Done(String code, String procedure, String statusName, String appointment, String competent,
                       String receiptHref, String dossierHref, String feesDue, boolean received) {
    }
}
