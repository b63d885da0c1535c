package org.motcua.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic sends the password with every request, and checking a bcrypt hash costs tens of milliseconds of CPU by
 * design. This remembers a successful check for a short time, keyed by a SHA-256 of user and password (never the
 * password itself), so an API client does not pay it on every call. Failures are never cached; a failed login, a
 * lock and a change of roles forget the user's cached logins at once ({@link CachedLoginInvalidation}), so the next
 * request is checked against the account again (and its success resets the failure count, as before).
 * {@link #remembered} answers from the cache alone: the API's authentication manager asks it first, and a remembered
 * login is no new login (no success event, no write to the account).
 */
final class CachingBasicAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    CachingBasicAuthenticationProvider(AuthenticationProvider delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The result of an earlier successful check of the same user and password, if still fresh; otherwise null. */
    Authentication remembered(Authentication authentication) {
        if (!(authentication.getCredentials() instanceof String password)) {
            return null;
        }
        Cached cached = cache.get(key(authentication.getName(), password));
        return cached != null && cached.until().isAfter(clock.instant()) ? cached.result() : null;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        Authentication known = remembered(authentication);
        if (known != null) {
            return known;
        }
        String key = key(authentication.getName(), password);
        Instant now = clock.instant();
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, new Cached(result, now.plus(ttl)));
        }
        return result;
    }

    /** Forgets a user's cached logins, e.g. when the account is locked or its roles change. */
    void forget(String username) {
        cache.values().removeIf(c -> c.result().getName().equals(username));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String key(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((username + "\u0000" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cache entry; a class, not a record: records are domain values, which must not hold Spring types. */
    private static final class Cached {

        private final Authentication result;
        private final Instant until;

        Cached(Authentication result, Instant until) {
            this.result = result;
            this.until = until;
        }

        Authentication result() {
            return result;
        }

        Instant until() {
            return until;
        }
    }
}
