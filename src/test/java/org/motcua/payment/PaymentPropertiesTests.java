package org.motcua.payment;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway's init timeout is a documented property, {@code motcua.payment.gateway-timeout}, 10 s by default. */
class PaymentPropertiesTests {

    private static PaymentProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("motcua.payment",
                PaymentProperties.class);
    }

    @Test
    void theGatewayTimeoutIsTenSecondsUnlessConfigured() {
        assertThat(bind(Map.of()).gatewayTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(bind(Map.of("motcua.payment.gateway-timeout", "250ms")).gatewayTimeout())
                .isEqualTo(Duration.ofMillis(250));
        assertThat(bind(Map.of("motcua.payment.gateway-timeout", "3s")).gatewayTimeout())
                .isEqualTo(Duration.ofSeconds(3));
    }
}
