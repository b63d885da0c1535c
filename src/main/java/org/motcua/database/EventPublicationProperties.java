package org.motcua.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How failed event deliveries are tried again and how long completed publications are kept. How often each node
 * looks ({@code motcua.events.redelivery-interval}, {@code MOTCUA_EVENTS_REDELIVERY_INTERVAL}) is read by the
 * schedule of {@link EventPublicationMaintenance} itself.
 *
 * @param firstRetryAfter    wait after the first failure; doubled after each further one, up to six hours
 *                           ({@code MOTCUA_EVENTS_FIRST_RETRY_AFTER})
 * @param maxAttempts        deliveries of one publication before it is left failed for the IT team
 *                           ({@code MOTCUA_EVENTS_MAX_ATTEMPTS})
 * @param keepCompleted      completed publications older than this are deleted ({@code MOTCUA_EVENTS_KEEP_COMPLETED})
 * @param staleAfter         a delivery not finished this long after it began is taken as lost (its node stopped
 *                           or died mid-delivery) and counted as a failed one ({@code MOTCUA_EVENTS_STALE_AFTER});
 *                           longer than any listener runs, but a delivery still running is harmless: whichever of
 *                           the two deliveries commits second is rolled back
 */
@ConfigurationProperties("motcua.events")
public record EventPublicationProperties(
        @DefaultValue("1m") Duration firstRetryAfter,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30d") Duration keepCompleted,
        @DefaultValue("15m") Duration staleAfter) {

    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    public EventPublicationProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("motcua.events.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (firstRetryAfter.isNegative() || keepCompleted.isNegative() || keepCompleted.isZero()
                || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("motcua.events: first-retry-after must not be negative, "
                    + "keep-completed and stale-after must be positive");
        }
    }

    /** The wait before delivery number {@code attempts + 1}, after {@code attempts} failed ones. */
    Duration waitAfter(int attempts) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
