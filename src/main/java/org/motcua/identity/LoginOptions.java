package org.motcua.identity;

import org.springframework.stereotype.Component;

/** Which ways of logging in this installation offers, for the login page; asks no provider anything. */
@Component
public class LoginOptions {

    /** Where a browser starts the e-ID login. */
    public static final String CITIZEN_LOGIN_PATH = "/oauth2/authorization/" + PlatformClientRegistrations.EID;
    /** Where a browser starts the staff login through the city's provider. */
    public static final String STAFF_LOGIN_PATH = "/oauth2/authorization/" + PlatformClientRegistrations.STAFF;

    private final PlatformClientRegistrations registrations;

    LoginOptions(PlatformClientRegistrations registrations) {
        this.registrations = registrations;
    }

    /** Citizens and businesses can log in with an e-ID (the national one, or the demo provider). */
    public boolean citizenLogin() {
        return registrations.configured(PlatformClientRegistrations.EID);
    }

    /** The e-ID login goes to the embedded demo provider. */
    public boolean demoProvider() {
        return registrations.embeddedProvider() != null;
    }

    /** Staff can log in through the city's OpenID provider. */
    public boolean staffLogin() {
        return registrations.configured(PlatformClientRegistrations.STAFF);
    }
}
