package org.motcua.demoidp;

import org.motcua.registry.DemoPopulation;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The people the demo provider knows: living adults of the demo population. */
@Component
@Conditional(DemoEidEnabled.class)
class DemoEidAccounts {

    /** How many people the login page lists. */
    static final int LISTED = 20;

    private final DemoPopulation population;

    DemoEidAccounts(DemoPopulation population) {
        this.population = population;
    }

    List<DemoAccount> listed() {
        return population.sample(LISTED).stream().map(DemoAccount::of).toList();
    }

    Optional<DemoAccount> find(String personalId) {
        return population.find(personalId).map(DemoAccount::of);
    }
}
