package org.motcua.organization;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** What a staff member may do in a unit. */
public enum Role {
    /** One-stop desk (bộ phận một cửa): receives dossiers and walk-in applicants. */
    RECEPTION("reception"),
    /** Specialist (chuyên viên): appraises dossiers. */
    PROCESSOR("processor"),
    /** Leader (lãnh đạo): approves and signs. */
    LEADER("leader"),
    /** Clerk (văn thư): issues and returns results, keeps the document registers. */
    CLERK("clerk"),
    /** Unit administrator; at the city unit, the city administrator. */
    ADMIN("admin"),
    /** Reads everything, changes nothing (city inspector). */
    AUDITOR("auditor");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
