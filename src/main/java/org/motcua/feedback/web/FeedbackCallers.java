package org.motcua.feedback.web;

import org.motcua.identity.Caller;
import org.motcua.identity.Callers;
import org.motcua.organization.Role;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The feedback module's view of who is calling: nobody (anonymous reporter), a citizen, or staff. */
@Component
class FeedbackCallers {

    private final Callers callers;
    private final Units units;

    FeedbackCallers(Callers callers, Units units) {
        this.callers = callers;
        this.units = units;
    }

    Caller of(Authentication authentication) {
        return callers.of(authentication);
    }

    Optional<Caller> optional(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(callers.of(authentication));
    }

    /** The city administrator (imports boundaries, manages Open311 keys), else 403. */
    Caller cityAdmin(Authentication authentication) {
        Caller caller = of(authentication);
        String city = units.city().slug();
        if (caller.kind() != Caller.Kind.STAFF || caller.grants().stream()
                .noneMatch(g -> g.unitSlug().equals(city) && g.role() == Role.ADMIN)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "For the city administrator only");
        }
        return caller;
    }
}
