package org.motcua.demoidp;

import org.motcua.identity.EmbeddedOpenIdProvider;
import org.motcua.identity.PlatformAddress;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * The one client the demo provider knows: the platform itself, a confidential client that must use PKCE, with its
 * redirect URI on the platform's address. Built at first use, because that address (its port) is known only once the
 * server listens. In memory: the demo provider keeps nothing across restarts.
 */
final class PlatformClient implements RegisteredClientRepository {

    private final EmbeddedOpenIdProvider provider;
    private final PlatformAddress address;
    private volatile RegisteredClient client;

    PlatformClient(EmbeddedOpenIdProvider provider, PlatformAddress address) {
        this.provider = provider;
        this.address = address;
    }

    /** Only the platform's own client, e.g. when its secret is re-hashed with a stronger encoding at first use. */
    @Override
    public void save(RegisteredClient registeredClient) {
        if (!registeredClient.getId().equals(client().getId())) {
            throw new UnsupportedOperationException("The demo e-ID provider registers no other clients");
        }
        client = registeredClient;
    }

    @Override
    public RegisteredClient findById(String id) {
        RegisteredClient platform = client();
        return platform.getId().equals(id) ? platform : null;
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        RegisteredClient platform = client();
        return platform.getClientId().equals(clientId) ? platform : null;
    }

    private RegisteredClient client() {
        RegisteredClient known = client;
        if (known == null) {
            known = RegisteredClient.withId("motcua-platform")
                    .clientId(provider.clientId())
                    .clientSecret("{noop}" + provider.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(address.baseUrl() + "/login/oauth2/code/eid")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                            .requireAuthorizationConsent(false).build())
                    .build();
            client = known;
        }
        return known;
    }
}
