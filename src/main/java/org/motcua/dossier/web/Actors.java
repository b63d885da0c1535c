package org.motcua.dossier.web;

import org.motcua.dossier.Actor;
import org.motcua.identity.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The dossier module's view of the caller. */
@Component
class Actors {

    private final Callers callers;

    Actors(Callers callers) {
        this.callers = callers;
    }

    Actor of(Authentication authentication) {
        return Actor.of(callers.of(authentication));
    }
}
