package org.motcua.payment.web;

import org.motcua.dossier.Actor;
import org.motcua.identity.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The payment module's view of the caller: the dossier's {@link Actor}. */
@Component
class PaymentActors {

    private final Callers callers;

    PaymentActors(Callers callers) {
        this.callers = callers;
    }

    Actor of(Authentication authentication) {
        return Actor.of(callers.of(authentication));
    }
}
