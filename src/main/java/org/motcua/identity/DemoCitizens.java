package org.motcua.identity;

import java.util.regex.Pattern;

/**
 * Demo mode only, until citizens log in with the national e-ID: a citizen logs in to the API with HTTP Basic using
 * a 12-digit personal ID number (or a 10-digit tax code for a business) and the password {@code demo}.
 */
final class DemoCitizens {

    static final Pattern CITIZEN_ID = Pattern.compile("^([0-9]{12}|[0-9]{10})$");

    private DemoCitizens() {
    }

    static boolean isCitizenId(String username) {
        return username != null && CITIZEN_ID.matcher(username).matches();
    }

    static String displayName(String id) {
        return (id.length() == 12 ? "Công dân " : "Doanh nghiệp ") + id;
    }
}
