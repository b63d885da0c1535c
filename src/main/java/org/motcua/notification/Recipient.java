package org.motcua.notification;

/**
 * A person messages are for: a citizen (or organisation) by the personal ID or tax code their e-ID carries, a staff
 * member by account, or the anonymous reporter of a feedback report (reached only by the contacts they left; they have
 * no in-app inbox).
 */
public record Recipient(Kind kind, String id) {

    public enum Kind { CITIZEN, STAFF, REPORTER }

    public static Recipient citizen(String personalIdOrTaxCode) {
        return new Recipient(Kind.CITIZEN, personalIdOrTaxCode);
    }

    public static Recipient staff(String username) {
        return new Recipient(Kind.STAFF, username);
    }

    /** Someone who made feedback report {@code reportId} without logging in. */
    public static Recipient reporter(long reportId) {
        return new Recipient(Kind.REPORTER, String.valueOf(reportId));
    }

    /**
     * The key stored with each message and preference: {@code citizen:<id>}, {@code staff:<username>} or
     * {@code reporter:<report id>}.
     */
    public String key() {
        return (kind == Kind.CITIZEN ? "citizen:" : kind == Kind.STAFF ? "staff:" : "reporter:") + id;
    }
}
