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
    // the environment resolves a property through every property source; notices ask for the address many times a
    // second, and the listening port does not change once the server has started
    private volatile String started;

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
        String known = started;
        if (known != null) {
            return known;
        }
        String listening = environment.getProperty("local.server.port");
        if (listening != null) {
            started = "http://localhost:" + listening;
            return started;
        }
        return "http://localhost:" + environment.getProperty("server.port", "8080");
    }
}
