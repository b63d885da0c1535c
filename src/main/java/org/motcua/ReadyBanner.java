package org.motcua;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

/** Prints the one line an operator waits for: where the platform answers, and how long start-up took. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            log.info("Một Cửa is ready at http://localhost:{}/ (started in {} ms, Java {})",
                    web.getWebServer().getPort(), uptime, Runtime.version().feature());
        }
    }
}
