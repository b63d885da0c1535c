package org.motcua.notification;

/**
 * A person messages are for: a citizen (or organisation) by the personal ID or tax code their e-ID carries, or a staff
 * member by account.
 */
public record Recipient(Kind kind, String id) {

    public enum Kind { CITIZEN, STAFF }

    public static Recipient citizen(String personalIdOrTaxCode) {
        return new Recipient(Kind.CITIZEN, personalIdOrTaxCode);
    }

    public static Recipient staff(String username) {
        return new Recipient(Kind.STAFF, username);
    }

    /** The key stored with each message and preference: {@code citizen:<id>} or {@code staff:<username>}. */
    public String key() {
        return (kind == Kind.CITIZEN ? "citizen:" : "staff:") + id;
    }
}
