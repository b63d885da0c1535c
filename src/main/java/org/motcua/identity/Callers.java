package org.motcua.identity;

import org.motcua.organization.StaffAccount;
import org.motcua.organization.StaffAccounts;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/** Turns the authenticated principal into a {@link Caller} other modules understand. */
@Component
public class Callers {

    static final String CITIZEN_AUTHORITY = "ROLE_CITIZEN";

    private final StaffAccounts staff;

    Callers(StaffAccounts staff) {
        this.staff = staff;
    }

    public Caller of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ProblemException(ErrorCode.UNAUTHENTICATED, "Log in first");
        }
        boolean citizen = authentication.getAuthorities().stream()
                .anyMatch(a -> CITIZEN_AUTHORITY.equals(a.getAuthority()));
        if (citizen) {
            return new Caller(Caller.Kind.CITIZEN, authentication.getName(),
                    DemoCitizens.displayName(authentication.getName()), List.of(), false);
        }
        StaffAccount account = staff.find(authentication.getName())
                .orElseThrow(() -> new ProblemException(ErrorCode.UNAUTHENTICATED, "Unknown account"));
        boolean cityWide = authentication.getAuthorities().stream().anyMatch(a ->
                "ROLE_CITY_ADMIN".equals(a.getAuthority()) || "ROLE_CITY_AUDITOR".equals(a.getAuthority()));
        return new Caller(Caller.Kind.STAFF, account.username(), account.displayName(), account.grants(), cityWide);
    }
}
