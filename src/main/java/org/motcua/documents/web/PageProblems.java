package org.motcua.documents.web;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.Set;

/**
 * What the documents module refuses, as the staff pages show it: a document or unit the official may not see is
 * "page not found"; a refusal of a submitted form goes into its error summary, on the field the module names.
 */
final class PageProblems {

    /** The fields of the module's API that have a message of their own ({@code documents.error.<field>}). */
    private static final Set<String> FIELDS = Set.of("type", "summary", "draftingUnit", "signingAuthority",
            "recipientUnits", "restrictedTo", "copies", "meetingRoom", "signerName", "reason", "author", "symbol",
            "documentDate", "assigneeKind", "assignee", "purpose", "workingDays", "note", "replySymbol");

    private PageProblems() {
    }

    /** A failure while showing a page: not found (or not for this official) → 404, a missing role → 403. */
    static RuntimeException onPage(ProblemException problem) {
        ErrorCode code = problem.code();
        if (code == ErrorCode.DOCUMENT_NOT_FOUND || code == ErrorCode.UNIT_NOT_FOUND) {
            return new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (code == ErrorCode.FORBIDDEN) {
            return new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return problem;
    }

    /**
     * Puts a refusal of a form into its errors: each field the module names on that field (ids prefixed with
     * {@code prefix}), a file that is not a PDF on {@code fileField}, anything else on {@code formId}. A document that
     * does not exist for the official is still a 404.
     */
    static void explain(ProblemException problem, FormErrors errors, String prefix, String fileField, String formId) {
        ErrorCode code = problem.code();
        if (code == ErrorCode.DOCUMENT_NOT_FOUND || code == ErrorCode.UNIT_NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (code == ErrorCode.UNSUPPORTED_FILE_TYPE && fileField != null) {
            errors.add(prefix + fileField, "documents.error.not-pdf");
            return;
        }
        if (code == ErrorCode.ASSIGNEE_OUTSIDE_UNIT) {
            errors.add(prefix + "assignee", "documents.error.assignee-outside-unit");
            return;
        }
        if (code == ErrorCode.INVALID_DOCUMENT && !problem.errors().isEmpty()) {
            for (FieldProblem field : problem.errors()) {
                if (FIELDS.contains(field.field())) {
                    errors.add(prefix + field.field(), "documents.error." + field.field());
                } else {
                    errors.add(formId, "documents.error.other");
                }
            }
            return;
        }
        errors.add(formId, switch (code) {
            case FORBIDDEN -> "documents.error.forbidden";
            case DOCUMENT_STATUS_CONFLICT -> "documents.error.status";
            default -> "documents.error.other";
        });
    }
}
