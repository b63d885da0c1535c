package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** When a procedure's fees are paid. */
public enum FeePayment {
    /** With the submission: an online dossier is received only once its fees are paid. */
    SUBMISSION("submission"),
    /**
     * As a financial obligation while processing (nghĩa vụ tài chính): when the bill is issued the dossier waits in
     * status 6 until it is paid, then goes on. The default.
     */
    OBLIGATION("obligation");

    private final String code;

    FeePayment(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
