package org.motcua.notification;

import org.motcua.identity.Caller;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The caller's own notifications: the in-app inbox (citizens by the identity their e-ID carries, staff by account)
 * and the preferences that choose channels and language.
 */
@Service
public class PersonalNotifications {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^(\\+84|0)[0-9]{9,10}$");

    private final Outbox outbox;
    private final Preferences preferences;
    private final Clock clock;

    PersonalNotifications(Outbox outbox, Preferences preferences, Optional<Clock> clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The recipient a caller reads as. */
    public static Recipient recipientOf(Caller caller) {
        return caller.kind() == Caller.Kind.STAFF ? Recipient.staff(caller.id()) : Recipient.citizen(caller.id());
    }

    @Transactional(readOnly = true)
    public List<InboxMessage> inbox(Caller caller, boolean unreadOnly, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw ProblemException.invalidParameter(page < 0 ? "page" : "size",
                    page < 0 ? "must be 0 or more" : "must be between 1 and 200");
        }
        return outbox.inbox(recipientOf(caller).key(), unreadOnly, size, (long) page * size);
    }

    @Transactional(readOnly = true)
    public long unread(Caller caller) {
        return outbox.unread(recipientOf(caller).key());
    }

    /** Marks one of the caller's messages read; another person's message is not found. */
    @Transactional
    public void markRead(Caller caller, long id) {
        if (!outbox.markRead(recipientOf(caller).key(), id, clock.instant())) {
            throw new ProblemException(ErrorCode.NOTIFICATION_NOT_FOUND, "You have no notification " + id);
        }
    }

    @Transactional
    public int markAllRead(Caller caller) {
        return outbox.markAllRead(recipientOf(caller).key(), clock.instant());
    }

    @Transactional(readOnly = true)
    public NotificationPreference preferences(Caller caller) {
        return preferences.of(recipientOf(caller));
    }

    /** Replaces the caller's preferences; blank contacts mean "use the dossier's". */
    @Transactional
    public NotificationPreference savePreferences(Caller caller, NotificationPreference wanted) {
        List<FieldProblem> errors = new ArrayList<>();
        String language = blankToNull(wanted.language());
        if (language != null && !language.equals("vi") && !language.equals("en")) {
            errors.add(new FieldProblem("language", "must be vi or en"));
        }
        String email = blankToNull(wanted.emailAddress());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldProblem("emailAddress", "is not an e-mail address"));
        }
        String phone = blankToNull(wanted.phone());
        if (phone != null) {
            phone = phone.replaceAll("[\\s.-]", "");
            if (!PHONE.matcher(phone).matches()) {
                errors.add(new FieldProblem("phone", "must be a Vietnamese phone number, e.g. 0912345678"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "The preferences are invalid", errors);
        }
        NotificationPreference saved = new NotificationPreference(wanted.email(), wanted.sms(), language, email,
                phone);
        preferences.save(recipientOf(caller), saved, clock.instant());
        return saved;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
