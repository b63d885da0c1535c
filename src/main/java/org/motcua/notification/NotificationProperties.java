package org.motcua.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Notifications: the outbox worker, the channels' servers, rate limits and the officials' daily digest. The keys are
 * public API (README, section Notifications).
 *
 * @param workerEnabled  whether this node sends the outbox ({@code MOTCUA_NOTIFICATION_WORKER})
 * @param workerInterval pause between two polls of the outbox ({@code MOTCUA_NOTIFICATION_WORKER_INTERVAL})
 * @param batchSize      messages one poll claims per channel at most
 * @param claimLease     how long claimed messages belong to a node; after it, a node that died is presumed dead and
 *                       the messages are claimed again
 * @param maxAttempts    attempts before a message is dead-lettered ({@code MOTCUA_NOTIFICATION_MAX_ATTEMPTS})
 * @param backoffBase    wait after the first failed attempt; doubled after each further one
 *                       ({@code MOTCUA_NOTIFICATION_BACKOFF})
 * @param backoffMax     longest wait between two attempts
 * @param emailPerMinute e-mails sent per minute at most, across all nodes ({@code MOTCUA_NOTIFICATION_EMAIL_RATE})
 * @param smsPerMinute   SMS sent per minute at most, across all nodes ({@code MOTCUA_NOTIFICATION_SMS_RATE})
 * @param digestCron     when the officials' daily digest is made (Spring cron, Ho Chi Minh City time)
 */
@ConfigurationProperties("motcua.notification")
public record NotificationProperties(@DefaultValue("true") boolean workerEnabled,
                                     @DefaultValue("5s") Duration workerInterval,
                                     @DefaultValue("50") int batchSize,
                                     @DefaultValue("2m") Duration claimLease,
                                     @DefaultValue("8") int maxAttempts,
                                     @DefaultValue("30s") Duration backoffBase,
                                     @DefaultValue("6h") Duration backoffMax,
                                     @DefaultValue("600") int emailPerMinute,
                                     @DefaultValue("120") int smsPerMinute,
                                     @DefaultValue("0 0 7 * * *") String digestCron,
                                     @DefaultValue Email email,
                                     @DefaultValue Sms sms) {

    /**
     * The SMTP server; an empty host turns the e-mail channel off (defaults: port 25, 10 s timeout).
     *
     * @param from     the sender, e.g. {@code Một Cửa <no-reply@motcua.example>}
     * @param starttls whether to require STARTTLS
     * @param timeout  connect, read and write timeout of the SMTP connection
     */
    public record Email(String host, int port, String username, String password, String from, boolean starttls,
                        Duration timeout) {

        public Email {
            host = host == null ? "" : host.trim();
            port = port <= 0 ? 25 : port;
            username = username == null ? "" : username;
            password = password == null ? "" : password;
            from = from == null || from.isBlank() ? "Một Cửa <no-reply@motcua.local>" : from;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }

        boolean enabled() {
            return !host.isBlank();
        }
    }

    /**
     * The SMS gateway (contract: docs/sms-gateway.md); an empty URL means the demo gateway in demo mode and no SMS
     * otherwise.
     *
     * @param unicode whether the gateway sends UCS-2 (Vietnamese with diacritics); false = GSM-7 only, diacritics
     *                removed
     */
    public record Sms(String url, String apiKey, String sender, boolean unicode, Duration timeout) {

        public Sms {
            url = url == null ? "" : url.trim();
            apiKey = apiKey == null ? "" : apiKey;
            sender = sender == null || sender.isBlank() ? "MOTCUA" : sender;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
    Duration backoff(int attempts) {
        Duration wait = backoffBase;
        for (int i = 1; i < attempts && wait.compareTo(backoffMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }

    int perMinute(Channel channel) {
        return channel == Channel.EMAIL ? emailPerMinute : smsPerMinute;
    }
}
