package org.motcua.identity;

import org.motcua.organization.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a successful OpenID Connect login into a platform principal: through the e-ID a citizen (authority
 * {@code ROLE_CITIZEN}, named by personal ID or tax code); through the city's provider an existing staff account with
 * its roles. Anyone else is refused with a {@link LoginRefusal}.
 */
@Component
class PlatformOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(PlatformOidcUsers.class);

    private final OidcUserService delegate = new OidcUserService();
    private final CitizenClaims citizens;
    private final StaffAccounts staff;
    private final StaffOidcProperties staffProvider;

    PlatformOidcUsers(CitizenClaims citizens, StaffAccounts staff, StaffOidcProperties staffProvider) {
        this.citizens = citizens;
        this.staff = staff;
        this.staffProvider = staffProvider;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        if (PlatformClientRegistrations.STAFF.equals(request.getClientRegistration().getRegistrationId())) {
            return staff(user);
        }
        return citizen(user);
    }

    private OidcUser citizen(OidcUser user) {
        Caller.CitizenIdentity identity;
        try {
            identity = citizens.identity(user.getClaims());
        } catch (CitizenClaims.IncompleteIdentity e) {
            log.warn("e-ID login refused: {}", e.getMessage());
            throw refused(LoginRefusal.IDENTITY_INCOMPLETE, e.getMessage());
        }
        log.info("Citizen {} logged in through the e-ID (level {})", masked(identity.subject()), identity.level());
        return new PlatformOidcUser(AuthorityUtils.createAuthorityList(Callers.CITIZEN_AUTHORITY), user.getIdToken(),
                user.getUserInfo(), identity.subject());
    }

    private OidcUser staff(OidcUser user) {
        Object claim = user.getClaims().get(staffProvider.usernameClaim());
        String username = claim == null ? "" : claim.toString().strip();
        UserDetails account;
        try {
            account = staff.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            log.warn("Staff login through the city provider refused: no staff account '{}'", username);
            throw refused(LoginRefusal.STAFF_ACCOUNT_UNKNOWN, "no staff account '" + username + "'");
        }
        if (!account.isEnabled() || !account.isAccountNonLocked()) {
            log.warn("Staff login through the city provider refused: account '{}' is locked or disabled", username);
            throw refused(LoginRefusal.STAFF_ACCOUNT_LOCKED, "staff account '" + username + "' is locked");
        }
        log.info("Staff {} logged in through the city provider", username);
        return new PlatformOidcUser(account.getAuthorities(), user.getIdToken(), user.getUserInfo(), username);
    }

    static OAuth2AuthenticationException refused(LoginRefusal why, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(why.code(), description, null), description);
    }

    /** Personal IDs are personal data: logs show the last four digits only. */
    static String masked(String id) {
        return id.length() <= 4 ? id : "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }
}
