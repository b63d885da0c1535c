package org.motcua.payment.web;

import org.motcua.dossier.Actor;
import org.motcua.identity.Caller;
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
        Caller caller = callers.of(authentication);
        return caller.kind() == Caller.Kind.CITIZEN ? Actor.citizen(caller.id(), caller.displayName(),
                caller.identityLevel())
                : new Actor(Actor.Kind.STAFF, caller.id(), caller.displayName(), caller.grants(), caller.cityWide());
    }
}
