package org.motcua.demoidp;

import org.motcua.identity.EidProperties;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the person's identity facts into the ID token and the access token, under the claim names configured for the
 * national e-ID, so the platform reads the demo provider exactly as it reads the real one.
 */
final class DemoEidTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final DemoEidAccounts accounts;
    private final EidProperties.Claims names;

    DemoEidTokenClaims(DemoEidAccounts accounts, EidProperties eid) {
        this.accounts = accounts;
        this.names = eid.claims();
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!idToken && !OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        accounts.find(context.getPrincipal().getName()).ifPresent(account -> context.getClaims().claims(claims -> {
            claims.put(names.personalId(), account.personalId());
            claims.put(names.name(), account.fullName());
            if (account.birthDate() != null) {
                claims.put(names.birthdate(), account.birthDate().toString());
            }
            if (account.sex() != null) {
                claims.put(names.sex(), account.sex());
            }
            if (account.residence() != null) {
                claims.put(names.residence(), account.residence());
            }
            claims.put(names.level(), account.level());
        }));
    }
}
