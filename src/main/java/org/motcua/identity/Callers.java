package org.motcua.identity;

import org.motcua.organization.StaffAccount;
import org.motcua.organization.StaffAccounts;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the authenticated principal into a {@link Caller} other modules understand, whichever way they logged in:
 * e-ID in the browser (session), a bearer token, or HTTP Basic with a demo account. A staff account's name and grants
 * are kept for a minute, so an API call does not read them again; a change of roles, a lock or an unlock forgets them
 * at once ({@link CachedLoginInvalidation}).
 */
@Component
public class Callers {

    static final String CITIZEN_AUTHORITY = "ROLE_CITIZEN";

    private static final Duration KEEP = Duration.ofSeconds(60);
    private static final int MAX_ACCOUNTS = 10_000;

    private final StaffAccounts staff;
    private final CitizenClaims citizens;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, KnownAccount> accounts = new ConcurrentHashMap<>();

    Callers(StaffAccounts staff, CitizenClaims citizens) {
        this.staff = staff;
        this.citizens = citizens;
    }

    /** Forgets what was read of a staff account; its next call reads it again. */
    void forget(String username) {
        accounts.remove(username);
    }

    private StaffAccount account(String username) {
        Instant now = clock.instant();
        KnownAccount known = accounts.get(username);
        if (known != null && known.until.isAfter(now)) {
            return known.account;
        }
        StaffAccount account = staff.find(username)
                .orElseThrow(() -> new ProblemException(ErrorCode.UNAUTHENTICATED, "Unknown account"));
        if (accounts.size() >= MAX_ACCOUNTS) {
            accounts.clear();
        }
        accounts.put(username, new KnownAccount(account, now.plus(KEEP)));
        return account;
    }

    /** A cache entry; a class, not a record (records are domain values). */
    private static final class KnownAccount {

        private final StaffAccount account;
        private final Instant until;

        KnownAccount(StaffAccount account, Instant until) {
            this.account = account;
            this.until = until;
        }
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
        StaffAccount account = account(authentication.getName());
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
