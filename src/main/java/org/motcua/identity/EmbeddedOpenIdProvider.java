package org.motcua.identity;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * An OpenID provider that runs inside the platform (the demo e-ID). When a bean of this type exists and no outside
 * e-ID issuer is configured, citizens log in through it; its tokens are checked against its keys in process, so
 * nothing is fetched over HTTP at start-up.
 */
public interface EmbeddedOpenIdProvider {

    /** Where it lives below the platform's base URL, e.g. {@code /demo-eid}; its issuer is base URL + path. */
    String path();

    /** The client id under which the platform itself is registered. */
    String clientId();

    /** The platform's client secret. */
    String clientSecret();

    /** The keys its tokens are signed with. */
    JWKSource<SecurityContext> keys();
}
