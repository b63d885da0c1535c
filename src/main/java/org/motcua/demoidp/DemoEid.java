package org.motcua.demoidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.motcua.identity.EidProperties;
import org.motcua.identity.EmbeddedOpenIdProvider;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The demo provider as the platform sees it. Its signing key is made at each start and kept in memory only, so tokens
 * do not survive a restart; the platform's client secret is the configured one or, when none is, random per start.
 */
final class DemoEid implements EmbeddedOpenIdProvider {

    static final String PATH = "/demo-eid";

    private final String clientId;
    private final String clientSecret;
    private final JWKSource<SecurityContext> keys;

    DemoEid(EidProperties eid) {
        this.clientId = eid.clientId();
        this.clientSecret = eid.clientSecret() == null || eid.clientSecret().isBlank() ? randomSecret()
                : eid.clientSecret();
        this.keys = new ImmutableJWKSet<>(new JWKSet(rsaKey()));
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String clientId() {
        return clientId;
    }

    @Override
    public String clientSecret() {
        return clientSecret;
    }

    @Override
    public JWKSource<SecurityContext> keys() {
        return keys;
    }

    private static RSAKey rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
