package org.motcua.identity;

import java.util.Arrays;
import java.util.Optional;

/** Why a login through an OpenID provider was refused; the code is the OAuth2 error code the login page explains. */
public enum LoginRefusal {
    /** The e-ID token names neither a valid personal ID nor a tax code. */
    IDENTITY_INCOMPLETE("identity_incomplete"),
    /** The city provider's username matches no staff account of the platform. */
    STAFF_ACCOUNT_UNKNOWN("staff_account_unknown"),
    /** The staff account exists but is locked or disabled. */
    STAFF_ACCOUNT_LOCKED("staff_account_locked");

    private final String code;

    LoginRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<LoginRefusal> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
