package org.motcua.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * How a failure of an asynchronous listener is logged: as Spring does (an error with its stack trace), except a
 * delivery rolled back because another delivery of the same event had completed it, which is expected after a node
 * restarted or took a delivery as lost, and gets one warning line instead of an error the IT team would chase.
 */
@Configuration(proxyBeanMethods = false)
class ListenerFailureLogging implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailureLogging.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        AsyncUncaughtExceptionHandler standard = new SimpleAsyncUncaughtExceptionHandler();
        return (failure, method, parameters) -> {
            if (failure instanceof PublicationAlreadyCompletedException) {
                log.warn("{}: {}", method.getDeclaringClass().getSimpleName() + "." + method.getName(),
                        failure.getMessage());
            } else {
                standard.handleUncaughtException(failure, method, parameters);
            }
        };
    }
}
