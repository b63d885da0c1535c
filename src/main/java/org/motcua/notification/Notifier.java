package org.motcua.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a notice into outbox messages in the caller's transaction: the person's preferences and contacts decide the
 * channels (the in-app inbox always, except for anonymous reporters, who have none), the templates of their language
 * give the texts.
 */
@Service
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Outbox outbox;
    private final Preferences preferences;
    private final Templates templates;
    private final Deliveries deliveries;
    private final NotificationProperties properties;
    private final Clock clock;

    Notifier(Outbox outbox, Preferences preferences, Templates templates, Deliveries deliveries,
             NotificationProperties properties, Optional<Clock> clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.templates = templates;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Writes the notice's messages; returns how many were new (0 when the event was handled before). */
    @Transactional(propagation = Propagation.MANDATORY)
    int tell(Notice notice) {
        Recipient to = notice.recipient();
        NotificationPreference p = preferences.of(to);
        String language = p.languageOrDefault();
        Object[] args = notice.args().apply(language);
        String subject = templates.text(notice.template(), "subject", language, args);
        String body = templates.text(notice.template(), "body", language, args);
        Instant now = clock.instant();
        List<NewMessage> messages = new ArrayList<>(3);
        if (to.kind() != Recipient.Kind.REPORTER) {
            messages.add(message(notice, Channel.IN_APP, null, language, subject, body));
        }
        if (!notice.inAppOnly()) {
            String email = p.emailAddress() != null ? p.emailAddress() : notice.email();
            if (!Boolean.FALSE.equals(p.email()) && present(email) && deliveries.available(Channel.EMAIL)) {
                String text = notice.link() == null ? body : body + "\n\n" + notice.link();
                messages.add(message(notice, Channel.EMAIL, email.trim(), language, subject, text));
            }
            String phone = p.phone() != null ? p.phone() : notice.phone();
            boolean smsWanted = p.sms() != null ? p.sms() : to.kind() != Recipient.Kind.STAFF;
            if (smsWanted && present(phone) && deliveries.available(Channel.SMS)) {
                SmsText sms = SmsText.fit(templates.text(notice.template(), "sms", language, args),
                        properties.sms().unicode());
                messages.add(message(notice, Channel.SMS, phone.replaceAll("[\\s.-]", ""), language, null,
                        sms.text()));
            }
        }
        int written = outbox.addAll(messages, now);
        log.debug("Notice {} to {}: {} new message(s)", notice.eventKey(), to.key(), written);
        return written;
    }

    private static NewMessage message(Notice n, Channel channel, String address, String language, String subject,
                                      String body) {
        return new NewMessage(n.eventKey(), n.template(), n.recipient().key(), channel, address, language, subject,
                body, n.link());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
