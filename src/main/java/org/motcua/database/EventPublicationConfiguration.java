package org.motcua.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;

import java.time.Clock;

/**
 * Event publications are completed inside their listeners' transactions ({@link CompletingEventPublicationRepository}).
 * Only with the completion mode this platform configures ({@code update}): deleting or archiving completed
 * publications stays Spring Modulith's own.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationConfiguration {

    @Bean
    static BeanPostProcessor completingEventPublicationRepository(Environment environment,
                                                                  ObjectProvider<JdbcClient> jdbc) {
        boolean update = "update".equalsIgnoreCase(
                environment.getProperty("spring.modulith.events.completion-mode", "update"));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return update && bean instanceof EventPublicationRepository repository
                        && !(bean instanceof CompletingEventPublicationRepository)
                        ? new CompletingEventPublicationRepository(repository, jdbc.getObject()) : bean;
            }
        };
    }

    @Bean
    ListenerTransactionCompletion listenerTransactionCompletion(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        return new ListenerTransactionCompletion(jdbc, clock.getIfAvailable(Clock::systemUTC));
    }
}
