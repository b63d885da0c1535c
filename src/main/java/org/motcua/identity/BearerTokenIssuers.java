package org.motcua.identity;

import org.motcua.organization.StaffAccounts;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The issuers whose JWTs the API accepts as bearer tokens, each with its own check and meaning: the embedded demo
 * e-ID (when on), the configured e-ID provider (a citizen) and the city's staff provider (a staff account). A token
 * of any other issuer is refused before its signature is even looked at. Outside providers' keys are found through
 * their discovery document at the first token, not at start-up; while a provider cannot be reached its tokens are
 * answered with 503 and its discovery is retried at most every 30 s.
 */
@Component
class BearerTokenIssuers implements AuthenticationManagerResolver<String> {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BearerTokenIssuers.class);

    private final PlatformClientRegistrations registrations;
    private final EidProperties eid;
    private final StaffOidcProperties staff;
    private final CitizenClaims citizens;
    private final StaffAccounts staffAccounts;
    private static final java.time.Duration RETRY_AFTER = java.time.Duration.ofSeconds(30);

    private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();
    private final Map<String, java.time.Instant> failedAt = new ConcurrentHashMap<>();

    BearerTokenIssuers(PlatformClientRegistrations registrations, EidProperties eid, StaffOidcProperties staff,
                       CitizenClaims citizens, StaffAccounts staffAccounts) {
        this.registrations = registrations;
        this.eid = eid;
        this.staff = staff;
        this.citizens = citizens;
        this.staffAccounts = staffAccounts;
    }

    /** The authentication for tokens of {@code issuer}, or null when the issuer is not trusted. */
    @Override
    public AuthenticationManager resolve(String issuer) {
        String embeddedIssuer = registrations.embeddedIssuer();
        if (embeddedIssuer != null && same(issuer, embeddedIssuer)) {
            return managers.computeIfAbsent("embedded:" + embeddedIssuer, key -> {
                EmbeddedOpenIdProvider provider = registrations.embeddedProvider();
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(provider.keys()).build();
                decoder.setJwtValidator(validator(embeddedIssuer, provider.clientId()));
                return manager(decoder, this::citizen);
            });
        }
        if (eid.external() && same(issuer, eid.issuer())) {
            return outside(eid.issuer(), eid.apiAudience(), this::citizen);
        }
        if (staff.configured() && same(issuer, staff.issuer())) {
            return outside(staff.issuer(), staff.apiAudience(), this::staffMember);
        }
        return null;
    }

    private AuthenticationManager outside(String issuer, String audience,
                                          org.springframework.core.convert.converter.Converter<Jwt,
                                                  JwtAuthenticationToken> meaning) {
        AuthenticationManager known = managers.get(issuer);
        if (known != null) {
            return known;
        }
        java.time.Instant failed = failedAt.get(issuer);
        if (failed != null && failed.plus(RETRY_AFTER).isAfter(java.time.Instant.now())) {
            throw new AuthenticationServiceException("The identity provider " + issuer + " was not reachable just now");
        }
        NimbusJwtDecoder decoder;
        try {
            decoder = (NimbusJwtDecoder) JwtDecoders.<org.springframework.security.oauth2.jwt.JwtDecoder>fromIssuerLocation(issuer);
        } catch (RuntimeException e) {
            // not kept: a token after RETRY_AFTER tries again; until then tokens are answered at once
            failedAt.put(issuer, java.time.Instant.now());
            log.warn("Bearer tokens of {} refused for {}: its discovery document could not be read", issuer,
                    RETRY_AFTER, e);
            throw new AuthenticationServiceException("The identity provider " + issuer + " cannot be reached", e);
        }
        failedAt.remove(issuer);
        decoder.setJwtValidator(validator(issuer, audience));
        AuthenticationManager manager = manager(decoder, meaning);
        managers.put(issuer, manager);
        return manager;
    }

    private static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        OAuth2TokenValidator<Jwt> standard = JwtValidators.createDefaultWithIssuer(issuer);
        if (audience == null || audience.isBlank()) {
            return standard;
        }
        return new DelegatingOAuth2TokenValidator<>(standard, new JwtClaimValidator<Collection<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
    }

    private static AuthenticationManager manager(org.springframework.security.oauth2.jwt.JwtDecoder decoder,
                                                 org.springframework.core.convert.converter.Converter<Jwt,
                                                         JwtAuthenticationToken> meaning) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(meaning::convert);
        return new ProviderManager(provider);
    }

    private JwtAuthenticationToken citizen(Jwt jwt) {
        Caller.CitizenIdentity identity;
        try {
            identity = citizens.identity(jwt.getClaims());
        } catch (CitizenClaims.IncompleteIdentity e) {
            throw new InvalidBearerTokenException("The token does not say who the citizen is: " + e.getMessage());
        }
        return new JwtAuthenticationToken(jwt, AuthorityUtils.createAuthorityList(Callers.CITIZEN_AUTHORITY),
                identity.subject());
    }

    private JwtAuthenticationToken staffMember(Jwt jwt) {
        String username = jwt.getClaimAsString(staff.usernameClaim());
        UserDetails account;
        try {
            account = staffAccounts.loadUserByUsername(username == null ? "" : username);
        } catch (UsernameNotFoundException e) {
            throw new InvalidBearerTokenException("No staff account matches the token");
        }
        if (!account.isEnabled() || !account.isAccountNonLocked()) {
            throw new InvalidBearerTokenException("The staff account is locked or disabled");
        }
        return new JwtAuthenticationToken(jwt, List.copyOf(account.getAuthorities()), account.getUsername());
    }

    private static boolean same(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
