package org.motcua.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Arrays;
import java.util.List;

/**
 * The city's OpenID provider for staff (e.g. Keycloak). A login there is accepted only when the username claim names
 * an existing staff account of the platform; roles stay in the platform.
 *
 * @param issuer        issuer URL ({@code MOTCUA_STAFF_OIDC_ISSUER}); empty: no staff login through OpenID Connect
 * @param clientId      the platform's client id ({@code MOTCUA_STAFF_OIDC_CLIENT_ID})
 * @param clientSecret  the platform's client secret ({@code MOTCUA_STAFF_OIDC_CLIENT_SECRET}); empty: a public client
 * @param scopes        scopes asked for ({@code MOTCUA_STAFF_OIDC_SCOPES})
 * @param usernameClaim the claim holding the staff username ({@code MOTCUA_STAFF_OIDC_USERNAME_CLAIM})
 * @param apiAudience   when set, bearer tokens of this issuer must name it in {@code aud}
 *                      ({@code MOTCUA_STAFF_OIDC_API_AUDIENCE})
 */
@ConfigurationProperties("motcua.staff-oidc")
public record StaffOidcProperties(@DefaultValue("") String issuer,
                                  @DefaultValue("motcua") String clientId,
                                  @DefaultValue("") String clientSecret,
                                  @DefaultValue("openid profile") String scopes,
                                  @DefaultValue("preferred_username") String usernameClaim,
                                  @DefaultValue("") String apiAudience) {

    public boolean configured() {
        return issuer != null && !issuer.isBlank();
    }

    public List<String> scopeList() {
        return Arrays.stream(scopes.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
    }
}
