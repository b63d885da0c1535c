package org.motcua.notification;

/**
 * A person's choice of channels and language. The in-app inbox is always on. Null means the default: e-mail on, SMS on
 * for citizens and off for staff, Vietnamese; contacts null = those of the dossier's applicant data (staff accounts
 * carry none, so staff give theirs here).
 */
public record NotificationPreference(Boolean email, Boolean sms, String language, String emailAddress,
                                     String phone) {

    static final NotificationPreference NONE = new NotificationPreference(null, null, null, null, null);

    String languageOrDefault() {
        return language == null ? "vi" : language;
    }
}
