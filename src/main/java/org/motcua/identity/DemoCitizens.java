package org.motcua.identity;

import java.util.regex.Pattern;

/**
 * Demo mode only: a citizen logs in to the API with HTTP Basic using a 12-digit personal ID number (or a 10-digit tax
 * code for a business) and the password {@code demo}. Such a login stands for a level-2 e-ID (as if the ID card had
 * been shown), so scripted demos can submit every procedure; browsers use the demo e-ID provider instead.
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

    static Caller.CitizenIdentity identity(String id) {
        boolean person = id.length() == 12;
        return new Caller.CitizenIdentity(person ? id : null, person ? null : id, displayName(id), null, null, null, 2);
    }
}
