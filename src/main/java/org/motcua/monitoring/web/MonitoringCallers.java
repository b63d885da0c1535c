package org.motcua.monitoring.web;

import org.motcua.identity.Caller;
import org.motcua.identity.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who is calling, for the monitoring API. */
@Component
class MonitoringCallers {

    private final Callers callers;

    MonitoringCallers(Callers callers) {
        this.callers = callers;
    }

    Caller of(Authentication authentication) {
        return callers.of(authentication);
    }
}
