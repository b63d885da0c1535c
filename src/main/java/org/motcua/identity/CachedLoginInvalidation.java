package org.motcua.identity;

import org.motcua.organization.StaffAccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A locked, unlocked or re-roled account loses its cached logins at once. */
@Component
class CachedLoginInvalidation {

    private final BasicLoginCache cache;

    CachedLoginInvalidation(BasicLoginCache cache) {
        this.cache = cache;
    }

    @EventListener
    void on(StaffAccountChanged changed) {
        cache.provider().forget(changed.username());
    }
}
