package org.motcua.feedback.web;

/** An error answered in the Open311 error format ({@code code} is the HTTP status). */
class Open311Error extends RuntimeException {

    private final int status;
    private final long retryAfter;

    Open311Error(int status, String description) {
        this(status, description, 0);
    }

    Open311Error(int status, String description, long retryAfter) {
        super(description);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    long retryAfter() {
        return retryAfter;
    }
}
