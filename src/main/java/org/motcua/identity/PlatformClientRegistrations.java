package org.motcua.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The platform's registrations as an OpenID relying party: {@value #EID} (citizens and businesses) and
 * {@value #STAFF} (the city's provider). Nothing is fetched at start-up — a provider that is down must not stop the
 * platform: an outside provider's discovery document is read at the first login and kept; a failed read is retried
 * at most every {@link #RETRY_AFTER}. The embedded demo provider is described with explicit endpoints on the
 * platform's own address.
 */
@Component
class PlatformClientRegistrations implements ClientRegistrationRepository {

    static final String EID = "eid";
    static final String STAFF = "staff";
    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(PlatformClientRegistrations.class);

    private final EidProperties eid;
    private final StaffOidcProperties staff;
    private final ObjectProvider<EmbeddedOpenIdProvider> embedded;
    private final PlatformAddress address;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();
    private final Map<String, Instant> failedAt = new ConcurrentHashMap<>();

    PlatformClientRegistrations(EidProperties eid, StaffOidcProperties staff,
                                ObjectProvider<EmbeddedOpenIdProvider> embedded, PlatformAddress address) {
        this.eid = eid;
        this.staff = staff;
        this.embedded = embedded;
        this.address = address;
    }

    /** Whether a registration is configured at all (without contacting its provider). */
    boolean configured(String registrationId) {
        return switch (registrationId) {
            case EID -> eid.external() || embeddedProvider() != null;
            case STAFF -> staff.configured();
            default -> false;
        };
    }

    /** The embedded provider when citizens log in through it, else null. */
    EmbeddedOpenIdProvider embeddedProvider() {
        return eid.external() ? null : embedded.getIfAvailable();
    }

    /** The embedded provider's issuer, or null when it is not in use. */
    String embeddedIssuer() {
        EmbeddedOpenIdProvider provider = embeddedProvider();
        return provider == null ? null : address.baseUrl() + provider.path();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (EID.equals(registrationId)) {
            if (eid.external()) {
                return discover(EID, eid.issuer(), () -> ClientRegistrations.fromIssuerLocation(eid.issuer())
                        .registrationId(EID).clientName("e-ID").clientId(eid.clientId())
                        .clientSecret(eid.clientSecret()).clientAuthenticationMethod(method(eid.clientSecret()))
                        .scope(eid.scopeList()).redirectUri(REDIRECT_URI).userNameAttributeName("sub").build());
            }
            EmbeddedOpenIdProvider provider = embeddedProvider();
            return provider == null ? null : embedded(provider);
        }
        if (STAFF.equals(registrationId) && staff.configured()) {
            return discover(STAFF, staff.issuer(), () -> ClientRegistrations.fromIssuerLocation(staff.issuer())
                    .registrationId(STAFF).clientName("Staff").clientId(staff.clientId())
                    .clientSecret(staff.clientSecret()).clientAuthenticationMethod(method(staff.clientSecret()))
                    .scope(staff.scopeList()).redirectUri(REDIRECT_URI).userNameAttributeName("sub").build());
        }
        return null;
    }

    private ClientRegistration embedded(EmbeddedOpenIdProvider provider) {
        String issuer = address.baseUrl() + provider.path();
        return ClientRegistration.withRegistrationId(EID).clientName("e-ID (demo)")
                .clientId(provider.clientId()).clientSecret(provider.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(address.baseUrl() + "/login/oauth2/code/" + EID).scope(eid.scopeList())
                .issuerUri(issuer)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                .userNameAttributeName("sub")
                .build();
    }

    private ClientRegistration discover(String id, String issuer, Supplier<ClientRegistration> discovery) {
        ClientRegistration known = discovered.get(id);
        if (known != null) {
            return known;
        }
        Instant failed = failedAt.get(id);
        if (failed != null && failed.plus(RETRY_AFTER).isAfter(clock.instant())) {
            return null;
        }
        try {
            ClientRegistration registration = discovery.get();
            discovered.put(id, registration);
            failedAt.remove(id);
            return registration;
        } catch (RuntimeException e) {
            failedAt.put(id, clock.instant());
            log.warn("OpenID provider {} for '{}' cannot be reached: {}", issuer, id, e.toString());
            return null;
        }
    }

    private static ClientAuthenticationMethod method(String secret) {
        return secret == null || secret.isBlank() ? ClientAuthenticationMethod.NONE
                : ClientAuthenticationMethod.CLIENT_SECRET_BASIC;
    }
}
