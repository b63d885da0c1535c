package org.motcua.payment;

import org.motcua.demo.DemoMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Optional;

/** Chooses the payment platform: the configured gateway, else the demo gateway in demo mode, else none. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

    @Bean
    PaymentGateway paymentGateway(PaymentProperties properties, DemoMode demo, JsonMapper json,
                                  Optional<Clock> clock) {
        if (properties.demoGateway(demo.enabled())) {
            return new DemoGateway(properties.partnerCode(), properties.effectiveSecret(true), json,
                    clock.orElse(Clock.systemUTC()));
        }
        if (properties.gatewayUrl() == null || properties.gatewayUrl().isBlank()) {
            return request -> {
                throw new org.motcua.problem.ProblemException(
                        org.motcua.problem.ErrorCode.PAYMENT_GATEWAY_UNAVAILABLE,
                        "No payment platform is configured (MOTCUA_PAYMENT_GATEWAY_URL)");
            };
        }
        return new HttpPaymentGateway(properties.gatewayUrl(), json, HttpPaymentGateway.TIMEOUT);
    }
}
