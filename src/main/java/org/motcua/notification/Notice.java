package org.motcua.notification;

import java.util.function.Function;

/**
 * Something to tell one person: the event it is about (the key that keeps it to one message per channel), the
 * template, the arguments in the person's language, a link, and the contacts known from the event's data.
 *
 * @param eventKey unique per event, e.g. {@code dossier-received:<code>}
 * @param args     the template's arguments for a language ({@code vi} or {@code en})
 * @param email    the e-mail address the event's data give (the applicant's), or null
 * @param phone    the phone number the event's data give, or null
 * @param inAppOnly only the in-app inbox, whatever the preferences (an item the daily digest also counts)
 */
record Notice(String eventKey, String template, Recipient recipient, Function<String, Object[]> args, String link,
              String email, String phone, boolean inAppOnly) {

    Notice(String eventKey, String template, Recipient recipient, Function<String, Object[]> args, String link,
           String email, String phone) {
        this(eventKey, template, recipient, args, link, email, phone, false);
    }
}
