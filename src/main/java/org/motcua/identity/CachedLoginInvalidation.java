package org.motcua.identity;

import org.motcua.organization.StaffAccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A locked, unlocked or re-roled account loses its cached logins and caller data at once: when the change is made,
 * and again when its transaction ends (a request between the two could have cached what was still committed). A wrong
 * password forgets the user's cached logins too, so the next right one is checked again and resets the failure count
 * as a check always did.
 */
@Component
class CachedLoginInvalidation {

    private final BasicLoginCache cache;
    private final Callers callers;

    CachedLoginInvalidation(BasicLoginCache cache, Callers callers) {
        this.cache = cache;
        this.callers = callers;
    }

    @EventListener
    void on(StaffAccountChanged changed) {
        forget(changed.username());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(changed.username());
                }
            });
        }
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failed) {
        cache.provider().forget(failed.getAuthentication().getName());
    }

    private void forget(String username) {
        cache.provider().forget(username);
        callers.forget(username);
    }
}
