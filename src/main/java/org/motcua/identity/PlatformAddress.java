package org.motcua.identity;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The platform's base URL as browsers reach it: {@code MOTCUA_PUBLIC_URL}, else {@code http://localhost:<port>} with
 * the port the server actually listens on (known only once it has started, hence read on use).
 */
@Component
public class PlatformAddress {

    private final EidProperties eid;
    private final Environment environment;

    PlatformAddress(EidProperties eid, Environment environment) {
        this.eid = eid;
        this.environment = environment;
    }

    /** Without a trailing slash, e.g. {@code https://dichvucong.example.vn}. */
    public String baseUrl() {
        String configured = eid.publicBaseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
