package org.motcua;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.util.Date;
import java.util.List;
import java.util.Map;

/** Test support: JWTs made by hand — signed with a provider's real key, or with a stranger's — and tampered ones. */
public final class Jwts {

    private Jwts() {
    }

    /** Signs the claims with the first RSA key of {@code keys} (e.g. the demo provider's own key). */
    public static String sign(JWKSource<SecurityContext> keys, Map<String, Object> claims) {
        try {
            List<JWK> found = keys.get(new JWKSelector(new JWKMatcher.Builder().keyType(
                    com.nimbusds.jose.jwk.KeyType.RSA).build()), null);
            return sign((RSAKey) found.get(0), claims);
        } catch (com.nimbusds.jose.KeySourceException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs the claims with a key nobody trusts. */
    public static String signWithStrangerKey(Map<String, Object> claims) {
        try {
            return sign(new RSAKeyGenerator(2048).keyID("stranger").generate(), claims);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same token with one character of its payload changed: the signature no longer matches. */
    public static String tamper(String jwt, String claim, String value) {
        String[] parts = jwt.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        String changed = payload.replaceFirst("\"" + claim + "\":\"[^\"]*\"", "\"" + claim + "\":\"" + value + "\"");
        if (changed.equals(payload)) {
            throw new AssertionError("Claim " + claim + " not found in " + payload);
        }
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String sign(RSAKey key, Map<String, Object> claims) {
        try {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
            claims.forEach((name, value) -> set.claim(name, value instanceof java.time.Instant instant
                    ? Date.from(instant) : value));
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    set.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
