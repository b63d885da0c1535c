package org.motcua.notification;

import org.motcua.demo.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The channels that are configured: e-mail with an SMTP host, SMS with a gateway URL (or the demo gateway). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    DemoSmsGateway demoSmsGateway(JdbcClient jdbc, Optional<Clock> clock) {
        return new DemoSmsGateway(jdbc, clock.orElse(Clock.systemUTC()));
    }

    @Bean
    Deliveries notificationDeliveries(NotificationProperties properties, DemoMode demo, DemoSmsGateway demoSms, JsonMapper json) {
        Optional<SmsGateway> sms = !properties.sms().url().isBlank()
                ? Optional.of(new HttpSmsGateway(properties.sms(), json))
                : demo.enabled() ? Optional.of(demoSms) : Optional.empty();
        List<ChannelSender> senders = new ArrayList<>();
        if (properties.email().enabled()) {
            senders.add(new EmailSender(properties.email()));
        }
        sms.ifPresent(gateway -> senders.add(new SmsSender(gateway)));
        log.info("Notification channels: in-app{}{}", properties.email().enabled()
                ? ", e-mail via " + properties.email().host() + ":" + properties.email().port() : "",
                sms.map(g -> g instanceof DemoSmsGateway ? ", SMS (demo gateway)" : ", SMS via "
                        + properties.sms().url()).orElse(""));
        return new Deliveries(senders);
    }
}
