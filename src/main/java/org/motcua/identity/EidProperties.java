package org.motcua.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Arrays;
import java.util.List;

/**
 * The citizens' and businesses' e-ID provider (định danh điện tử): the national portal / VNeID in production, any
 * standards-compliant OpenID provider elsewhere, or the embedded demo provider when {@link #issuer} is empty in demo
 * mode. The platform is a relying party (authorization code with PKCE) and accepts the provider's JWTs as bearer
 * tokens on the API.
 *
 * @param issuer        issuer URL of the e-ID provider ({@code MOTCUA_EID_ISSUER}); its discovery document is read at
 *                      the first login, not at start-up. Empty: the embedded demo provider in demo mode, none otherwise
 * @param clientId      the platform's client id at the provider ({@code MOTCUA_EID_CLIENT_ID})
 * @param clientSecret  the platform's client secret ({@code MOTCUA_EID_CLIENT_SECRET}); empty: a public client (PKCE
 *                      only). For the demo provider, empty means a random secret at each start
 * @param scopes        scopes asked for, separated by spaces or commas ({@code MOTCUA_EID_SCOPES})
 * @param apiAudience   when set, bearer tokens of this issuer must name it in {@code aud}
 *                      ({@code MOTCUA_EID_API_AUDIENCE}); empty: the audience is not checked
 * @param publicBaseUrl the platform's address as browsers reach it ({@code MOTCUA_PUBLIC_URL}); empty:
 *                      {@code http://localhost:<port>}. The demo provider's issuer is this plus {@code /demo-eid}
 * @param claims        the names of the claims that carry the identity facts
 */
@ConfigurationProperties("motcua.eid")
public record EidProperties(@DefaultValue("") String issuer,
                            @DefaultValue("motcua") String clientId,
                            @DefaultValue("") String clientSecret,
                            @DefaultValue("openid profile") String scopes,
                            @DefaultValue("") String apiAudience,
                            @DefaultValue("") String publicBaseUrl,
                            @DefaultValue Claims claims) {

    /** True when an outside e-ID provider is configured (the demo provider is then off). */
    public boolean external() {
        return issuer != null && !issuer.isBlank();
    }

    public List<String> scopeList() {
        return Arrays.stream(scopes.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
    }

    /**
     * Claim names. The national portal's names are not published to us, hence configurable; the defaults are the
     * OpenID Connect standard names where one exists.
     *
     * @param personalId the 12-digit personal identification number ({@code MOTCUA_EID_CLAIM_PERSONAL_ID})
     * @param name       full name ({@code MOTCUA_EID_CLAIM_NAME})
     * @param birthdate  date of birth, {@code YYYY-MM-DD} or {@code dd/MM/yyyy} ({@code MOTCUA_EID_CLAIM_BIRTHDATE})
     * @param sex        sex ({@code MOTCUA_EID_CLAIM_SEX})
     * @param residence  permanent residence, a string or an address object with {@code formatted}
     *                   ({@code MOTCUA_EID_CLAIM_RESIDENCE})
     * @param level      identity assurance level, 1 or 2 ({@code MOTCUA_EID_CLAIM_LEVEL}); absent counts as 1
     * @param taxCode    tax code of an organisation account ({@code MOTCUA_EID_CLAIM_TAX_CODE})
     */
    public record Claims(String personalId, String name, String birthdate, String sex, String residence,
                         String level, String taxCode) {

        /** Unset names take the defaults listed above. */
        public Claims {
            personalId = orDefault(personalId, "personal_id");
            name = orDefault(name, "name");
            birthdate = orDefault(birthdate, "birthdate");
            sex = orDefault(sex, "gender");
            residence = orDefault(residence, "residence");
            level = orDefault(level, "identity_level");
            taxCode = orDefault(taxCode, "tax_code");
        }

        private static String orDefault(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
