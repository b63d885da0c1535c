package org.motcua.identity;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Decoders for ID tokens at login. The embedded demo provider's are checked against its keys in process (it may not
 * even listen yet when the platform starts); every other provider's against the JWK set named by its discovery
 * document, as Spring Security does by default. Either way signature, issuer, audience, expiry and nonce are checked.
 */
@Component
class IdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

    private final OidcIdTokenDecoderFactory standard = new OidcIdTokenDecoderFactory();
    private final PlatformClientRegistrations registrations;

    IdTokenDecoders(PlatformClientRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        EmbeddedOpenIdProvider embedded = registrations.embeddedProvider();
        if (embedded != null && PlatformClientRegistrations.EID.equals(registration.getRegistrationId())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(embedded.keys()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                    new OidcIdTokenValidator(registration)));
            decoder.setClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverter());
            return decoder;
        }
        return standard.createDecoder(registration);
    }
}
