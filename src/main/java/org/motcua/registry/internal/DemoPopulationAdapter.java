package org.motcua.registry.internal;

import org.motcua.registry.PersonRecord;
import org.motcua.registry.ReadContext;

import java.util.Optional;

/** The population registry on the platform's seeded demo data. */
final class DemoPopulationAdapter implements PopulationPort {

    private final DemoRegistryStore store;

    DemoPopulationAdapter(DemoRegistryStore store) {
        this.store = store;
    }

    @Override
    public String source() {
        return "population (demo data)";
    }

    @Override
    public Optional<PersonRecord> person(String personalId, ReadContext context) {
        if (store.outageFor(personalId)) {
            throw new RegistryUnavailableException("demo: simulated outage of the population registry");
        }
        return store.person(personalId).map(DemoRegistryStore.StoredPerson::record);
    }
}
