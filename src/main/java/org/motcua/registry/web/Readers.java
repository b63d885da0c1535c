package org.motcua.registry.web;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.security.core.Authentication;

/**
 * Who calls, from the authentication alone. The registry module does not use {@code identity.Callers}: the identity
 * module builds on this module's {@code DemoPopulation}, and the two must not depend on each other. A citizen holds
 * {@code ROLE_CITIZEN} and is named by their personal ID number (or a business by its tax code); staff hold
 * {@code ROLE_STAFF} and are named by their username.
 */
final class Readers {

    static final String CITIZEN = "ROLE_CITIZEN";
    static final String STAFF = "ROLE_STAFF";

    private Readers() {
    }

    static boolean holds(Authentication authentication, String authority) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    /** The calling citizen's personal ID number (or business's tax code); 403 for anyone else. */
    static String citizen(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ProblemException(ErrorCode.UNAUTHENTICATED, "Log in first");
        }
        if (!holds(authentication, CITIZEN)) {
            throw new ProblemException(ErrorCode.FORBIDDEN,
                    "This list is for citizens: it shows who read their own data. Auditors use "
                            + "/api/v1/registry/access-log");
        }
        return authentication.getName();
    }

    /** The calling staff member's username; 403 for anyone else. */
    static String staff(Authentication authentication) {
        if (!holds(authentication, STAFF)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Registry look-ups at the counter are for staff");
        }
        return authentication.getName();
    }
}
