package org.motcua.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.io.Serial;
import java.util.Collection;

/**
 * A person logged in through an OpenID provider, named as the platform knows them: a citizen by personal ID (an
 * organisation by tax code), a staff member by username — not by the provider's opaque {@code sub}.
 */
final class PlatformOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;

    PlatformOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                     String name) {
        super(authorities, idToken, userInfo, "sub");
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlatformOidcUser user && super.equals(other) && name.equals(user.name);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + name.hashCode();
    }
}
