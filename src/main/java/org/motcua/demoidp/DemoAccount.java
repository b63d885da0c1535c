package org.motcua.demoidp;

import org.motcua.registry.PersonRecord;

import java.time.LocalDate;

/**
 * A person as the demo e-ID provider vouches for them. The identity level is made up, deterministically: personal IDs
 * ending in 0, 1 or 2 are level 1 (an account registered online, not yet checked against the ID card), the others
 * level 2 — so the demo shows both.
 */
record DemoAccount(String personalId, String fullName, LocalDate birthDate, String sex, String residence, int level) {

    static DemoAccount of(PersonRecord person) {
        return new DemoAccount(person.personalId(), person.fullName(), person.birthDate(), person.sex(),
                person.permanentResidence(), levelOf(person.personalId()));
    }

    static int levelOf(String personalId) {
        return personalId.charAt(personalId.length() - 1) <= '2' ? 1 : 2;
    }
}
