package org.motcua.feedback.web;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

/** 429: one client sent too many reports; the response carries Retry-After. */
class TooManyReports extends ProblemException {

    private final long retryAfterSeconds;

    TooManyReports(long retryAfterSeconds) {
        super(ErrorCode.TOO_MANY_REQUESTS, "Too many reports from this client; try again in " + retryAfterSeconds
                + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public java.util.Map<String, Object> properties() {
        return java.util.Map.of("retryAfter", retryAfterSeconds);
    }
}
