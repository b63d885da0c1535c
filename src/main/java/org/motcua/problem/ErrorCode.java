package org.motcua.problem;

import org.springframework.http.HttpStatus;

/**
 * Every error the API can report. The {@link #code()} strings are public API: once published they never change.
 */
public enum ErrorCode {
    INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "A request parameter is missing or invalid"),
    INVALID_BODY("invalid-body", HttpStatus.BAD_REQUEST, "The request body is invalid"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication is required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "You are not allowed to do this"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "No such resource"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "The requested representation is not available"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    UNIT_NOT_FOUND("unit-not-found", HttpStatus.NOT_FOUND, "No such unit"),
    PROCEDURE_NOT_FOUND("procedure-not-found", HttpStatus.NOT_FOUND, "No such procedure"),
    PROCEDURE_VERSION_NOT_FOUND("procedure-version-not-found", HttpStatus.NOT_FOUND, "No such procedure version"),
    INVALID_PROCEDURE("invalid-procedure", HttpStatus.UNPROCESSABLE_CONTENT, "The procedure definition is invalid"),
    PROCEDURE_VERSION_RETIRED("procedure-version-retired", HttpStatus.CONFLICT, "The procedure version is retired"),
    CALENDAR_DAY_NOT_FOUND("calendar-day-not-found", HttpStatus.NOT_FOUND, "No holiday or swap on that date"),
    INVALID_CALENDAR_DAY("invalid-calendar-day", HttpStatus.UNPROCESSABLE_CONTENT, "The calendar entry is invalid"),
    STAFF_ACCOUNT_NOT_FOUND("staff-account-not-found", HttpStatus.NOT_FOUND, "No such staff account"),
    STAFF_ACCOUNT_EXISTS("staff-account-exists", HttpStatus.CONFLICT, "The staff account already exists"),
    INVALID_STAFF_ACCOUNT("invalid-staff-account", HttpStatus.UNPROCESSABLE_CONTENT, "The staff account is invalid"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "The request conflicts with the current state"),
    DOSSIER_NOT_FOUND("dossier-not-found", HttpStatus.NOT_FOUND, "No such dossier"),
    INVALID_DOSSIER("invalid-dossier", HttpStatus.UNPROCESSABLE_CONTENT, "The dossier is invalid"),
    INVALID_FORM_DATA("invalid-form-data", HttpStatus.UNPROCESSABLE_CONTENT, "The form data do not match the procedure's form"),
    INVALID_ACTION("invalid-action", HttpStatus.UNPROCESSABLE_CONTENT, "The action is incomplete or invalid"),
    DOSSIER_ACTION_NOT_ALLOWED("dossier-action-not-allowed", HttpStatus.CONFLICT, "The action is not allowed in the dossier's current status"),
    DOSSIER_MODIFIED_CONCURRENTLY("dossier-modified-concurrently", HttpStatus.CONFLICT, "Someone else changed the dossier at the same time"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT, "The Idempotency-Key was used with a different request"),
    FILE_TOO_LARGE("file-too-large", HttpStatus.CONTENT_TOO_LARGE, "The file is too large"),
    UNSUPPORTED_FILE_TYPE("unsupported-file-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The file's content is not an allowed type"),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests; try again later"),
    // identity
    IDENTITY_LEVEL_INSUFFICIENT("identity-level-insufficient", HttpStatus.FORBIDDEN, "A higher e-ID identity level is required"),
    APPLICANT_MISMATCH("applicant-mismatch", HttpStatus.FORBIDDEN, "Online dossiers are submitted by the applicant themselves"),
    IDENTITY_PROVIDER_UNAVAILABLE("identity-provider-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "The identity provider cannot be reached; try again later"),
    // payment
    BILL_NOT_FOUND("bill-not-found", HttpStatus.NOT_FOUND, "No such bill"),
    NO_FEES_DUE("no-fees-due", HttpStatus.CONFLICT, "The dossier owes no fee"),
    FEE_ALREADY_PAID("fee-already-paid", HttpStatus.CONFLICT, "The dossier's fee is already paid"),
    BILL_NOT_CANCELLABLE("bill-not-cancellable", HttpStatus.CONFLICT, "Only a bill waiting for payment can be cancelled"),
    PAYMENT_GATEWAY_UNAVAILABLE("payment-gateway-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "The payment platform cannot be reached; try again later"),
    PAYMENT_NOTIFICATION_INVALID("payment-notification-invalid", HttpStatus.BAD_REQUEST, "The payment notification is incomplete or malformed"),
    PAYMENT_CHECKSUM_INVALID("payment-checksum-invalid", HttpStatus.FORBIDDEN, "The payment notification's checksum does not match"),
    PAYMENT_PARTNER_UNKNOWN("payment-partner-unknown", HttpStatus.FORBIDDEN, "The payment notification names another partner"),
    PAYMENT_AMOUNT_MISMATCH("payment-amount-mismatch", HttpStatus.UNPROCESSABLE_CONTENT, "The amount paid is not the bill's amount"),
    BILL_NOT_PAID("bill-not-paid", HttpStatus.CONFLICT, "The bill is not paid: it has no receipt"),
    PAYMENT_STATEMENT_INVALID("payment-statement-invalid", HttpStatus.UNPROCESSABLE_CONTENT, "The payment gateway's statement file is invalid"),
    RECONCILIATION_NOT_FOUND("reconciliation-not-found", HttpStatus.NOT_FOUND, "No such reconciliation report"),
    FEE_NOT_PAID("fee-not-paid", HttpStatus.CONFLICT, "The procedure's fees are paid with the submission: the dossier is received once they are paid"),
    FEE_LINE_NOT_FOUND("fee-line-not-found", HttpStatus.NOT_FOUND, "The dossier has no such fee line"),
    REFUND_NOT_FOUND("refund-not-found", HttpStatus.NOT_FOUND, "No such refund"),
    PAYMENT_GATEWAY_REFUSED("payment-gateway-refused", HttpStatus.BAD_GATEWAY, "The payment platform refused the bill"),
    REFUND_ALREADY_SETTLED("refund-already-settled", HttpStatus.CONFLICT, "The refund was already settled"),
    COUNTER_RECEIPT_USED("counter-receipt-used", HttpStatus.CONFLICT, "The counter receipt number was already recorded for another payment"),
    FEE_LINE_NOT_ON_REQUEST("fee-line-not-on-request", HttpStatus.NOT_FOUND, "The procedure has no such on-request fee line"),
    // registry
    REGISTRY_RECORD_NOT_FOUND("registry-record-not-found", HttpStatus.NOT_FOUND, "The registry holds no such record"),
    REGISTRY_UNAVAILABLE("registry-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "The registry is not answering"),
    // documents
    DOCUMENT_NOT_FOUND("document-not-found", HttpStatus.NOT_FOUND, "No such document"),
    INVALID_DOCUMENT("invalid-document", HttpStatus.UNPROCESSABLE_CONTENT, "The document is incomplete or invalid"),
    DOCUMENT_STATUS_CONFLICT("document-status-conflict", HttpStatus.CONFLICT, "The action is not allowed in the document's current status"),
    ASSIGNEE_OUTSIDE_UNIT("assignee-outside-unit", HttpStatus.UNPROCESSABLE_CONTENT, "The assignee does not work in the document's unit"),
    // feedback
    FEEDBACK_REPORT_NOT_FOUND("feedback-report-not-found", HttpStatus.NOT_FOUND, "No such feedback report"),
    FEEDBACK_CATEGORY_NOT_FOUND("feedback-category-not-found", HttpStatus.NOT_FOUND, "No such feedback category"),
    INVALID_FEEDBACK("invalid-feedback", HttpStatus.UNPROCESSABLE_CONTENT, "The feedback report is invalid"),
    FEEDBACK_LOCATION_MISSING("feedback-location-missing", HttpStatus.BAD_REQUEST, "A report needs a location: coordinates, an address or a ward"),
    FEEDBACK_ACTION_NOT_ALLOWED("feedback-action-not-allowed", HttpStatus.CONFLICT, "The action is not allowed in the report's current status"),
    INVALID_BOUNDARIES("invalid-boundaries", HttpStatus.UNPROCESSABLE_CONTENT, "The ward boundary file is invalid"),
    OPEN311_KEY_INVALID("open311-key-invalid", HttpStatus.FORBIDDEN, "The Open311 api_key is missing, unknown or revoked"),
    // monitoring
    GREEN_THRESHOLDS_NOT_SET("green-thresholds-not-set", HttpStatus.CONFLICT, "The city has not set the thresholds for green units yet"),
    DIRECTIVE_PLAN_NOT_FOUND("directive-plan-not-found", HttpStatus.NOT_FOUND, "No such directive plan"),
    DIRECTIVE_PLAN_EXISTS("directive-plan-exists", HttpStatus.CONFLICT, "A directive plan with this code exists already"),
    DIRECTIVE_TASK_NOT_FOUND("directive-task-not-found", HttpStatus.NOT_FOUND, "No such task in this plan"),
    DIRECTIVE_TASK_COMPLETED("directive-task-completed", HttpStatus.CONFLICT, "The task is completed: no more reports"),
    // notification
    NOTIFICATION_NOT_FOUND("notification-not-found", HttpStatus.NOT_FOUND, "No such notification"),
    NOTIFICATION_NOT_DEAD("notification-not-dead", HttpStatus.CONFLICT, "Only a dead-lettered notification is retried"),
    // satisfaction ratings (citizen portal)
    RATING_NOT_YET_POSSIBLE("rating-not-yet-possible", HttpStatus.CONFLICT,
            "The dossier can be rated once its result is ready"),
    ALREADY_RATED("already-rated", HttpStatus.CONFLICT, "The dossier was already rated"),
    // staff administration
    STAFF_SELF_LOCKOUT("staff-self-lockout", HttpStatus.CONFLICT,
            "An administrator cannot lock their own account or give up their own administrator role"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side");

    private final String code;
    private final HttpStatus status;
    private final String title;

    ErrorCode(String code, HttpStatus status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
