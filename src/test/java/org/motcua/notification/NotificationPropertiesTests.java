package org.motcua.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationPropertiesTests {

    @Test
    void backOffDoublesAfterEachFailedAttemptUpToItsMaximum() {
        NotificationProperties p = new NotificationProperties(true, Duration.ofSeconds(5), 50, Duration.ofMinutes(2),
                8, Duration.ofSeconds(30), Duration.ofMinutes(5), 600, 120, "0 0 7 * * *",
                new NotificationProperties.Email("", 25, "", "", "x@y.z", false, Duration.ofSeconds(10)),
                new NotificationProperties.Sms("", "", "MOTCUA", false, Duration.ofSeconds(10)));
        assertThat(p.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.backoff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(p.backoff(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(p.backoff(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(p.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }
}
