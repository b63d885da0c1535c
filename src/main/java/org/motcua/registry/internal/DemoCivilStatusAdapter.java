package org.motcua.registry.internal;

import org.motcua.registry.CivilStatusRecord;
import org.motcua.registry.ReadContext;

import java.util.List;

/** The civil-status registry on the platform's seeded demo data. */
final class DemoCivilStatusAdapter implements CivilStatusPort {

    private final DemoRegistryStore store;

    DemoCivilStatusAdapter(DemoRegistryStore store) {
        this.store = store;
    }

    @Override
    public String source() {
        return "civil status (demo data)";
    }

    @Override
    public List<CivilStatusRecord> records(String personalId, ReadContext context) {
        if (store.outageFor(personalId)) {
            throw new RegistryUnavailableException("demo: simulated outage of the civil-status registry");
        }
        return store.civilStatus(personalId);
    }
}
