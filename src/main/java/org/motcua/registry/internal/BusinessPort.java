package org.motcua.registry.internal;

import org.motcua.registry.BusinessRecord;
import org.motcua.registry.ReadContext;

import java.util.Optional;

/** The business registry, as the platform reaches it (demo data or HTTP). */
public interface BusinessPort {

    /** Names the registry and adapter, shown as the source of the data. */
    String source();

    /**
     * The enterprise or household business, or empty when the registry holds none with this tax code.
     *
     * @throws RegistryUnavailableException when the registry does not answer usefully
     */
    Optional<BusinessRecord> business(String taxCode, ReadContext context);
}
