package org.motcua.registry.internal;

import org.motcua.registry.BusinessRecord;
import org.motcua.registry.ReadContext;

import java.util.Optional;

/** The business registry on the platform's seeded demo data. */
final class DemoBusinessAdapter implements BusinessPort {

    private final DemoRegistryStore store;

    DemoBusinessAdapter(DemoRegistryStore store) {
        this.store = store;
    }

    @Override
    public String source() {
        return "business registration (demo data)";
    }

    @Override
    public Optional<BusinessRecord> business(String taxCode, ReadContext context) {
        if (store.outageFor(taxCode)) {
            throw new RegistryUnavailableException("demo: simulated outage of the business registry");
        }
        return store.business(taxCode);
    }
}
