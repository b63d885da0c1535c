package org.motcua.identity;

import org.motcua.organization.StaffAccount;
import org.motcua.organization.StaffAccounts;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Turns the authenticated principal into a {@link Caller} other modules understand, whichever way they logged in:
 * e-ID in the browser (session), a bearer token, or HTTP Basic with a demo account.
 */
@Component
public class Callers {

    static final String CITIZEN_AUTHORITY = "ROLE_CITIZEN";

    private final StaffAccounts staff;
    private final CitizenClaims citizens;

    Callers(StaffAccounts staff, CitizenClaims citizens) {
        this.staff = staff;
        this.citizens = citizens;
    }

    public Caller of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ProblemException(ErrorCode.UNAUTHENTICATED, "Log in first");
        }
        boolean citizen = authentication.getAuthorities().stream()
                .anyMatch(a -> CITIZEN_AUTHORITY.equals(a.getAuthority()));
        if (citizen) {
            Caller.CitizenIdentity identity = identity(authentication);
            String name = identity.fullName() != null ? identity.fullName()
                    : DemoCitizens.displayName(authentication.getName());
            return new Caller(Caller.Kind.CITIZEN, authentication.getName(), name, List.of(), false, identity);
        }
        StaffAccount account = staff.find(authentication.getName())
                .orElseThrow(() -> new ProblemException(ErrorCode.UNAUTHENTICATED, "Unknown account"));
        boolean cityWide = authentication.getAuthorities().stream().anyMatch(a ->
                "ROLE_CITY_ADMIN".equals(a.getAuthority()) || "ROLE_CITY_AUDITOR".equals(a.getAuthority()));
        return new Caller(Caller.Kind.STAFF, account.username(), account.displayName(), account.grants(), cityWide);
    }

    private Caller.CitizenIdentity identity(Authentication authentication) {
        Map<String, Object> claims = null;
        if (authentication instanceof JwtAuthenticationToken jwt) {
            claims = jwt.getTokenAttributes();
        } else if (authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal) {
            claims = principal.getAttributes();
        }
        if (claims != null) {
            return citizens.identity(claims);
        }
        return DemoCitizens.identity(authentication.getName());
    }
}
