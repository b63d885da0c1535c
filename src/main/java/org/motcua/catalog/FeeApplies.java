package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which dossiers owe a fee line. */
public enum FeeApplies {
    /** Every dossier of the procedure (the default). */
    ALWAYS("always"),
    /** Dossiers submitted online only (a lower online rate). */
    ONLINE("online"),
    /** Dossiers submitted at a desk or by post only. */
    IN_PERSON("in-person"),
    /**
     * Only on the applicant's request or for some applicants (extra copies, a reduced rate, an amendment): shown with
     * the procedure, not owed by the dossier's bill.
     */
    ON_REQUEST("on-request");

    private final String code;

    FeeApplies(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
