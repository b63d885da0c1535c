package org.motcua.feedback;

/**
 * How to reach the person who made a report, for modules that tell them about it (notifications).
 *
 * @param reporterSubject the personal ID or tax code of a reporter who was logged in with an e-ID, else null
 * @param name            the name they gave, or null
 * @param email           the e-mail address they gave, or null
 * @param phone           the phone number they gave, or null
 */
public record ReporterContact(long reportId, String category, String reporterSubject, String name, String email,
                              String phone) {

    /** True when the reporter can be told anything: they left an e-mail address or a phone, or were logged in. */
    public boolean reachable() {
        return present(email) || present(phone) || present(reporterSubject);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
