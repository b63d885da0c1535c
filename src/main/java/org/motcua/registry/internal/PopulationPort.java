package org.motcua.registry.internal;

import org.motcua.registry.PersonRecord;
import org.motcua.registry.ReadContext;

import java.util.Optional;

/** The population registry, as the platform reaches it (demo data or HTTP). */
public interface PopulationPort {

    /** Names the registry and adapter, shown as the source of the data. */
    String source();

    /**
     * The person, or empty when the registry holds no such person.
     *
     * @throws RegistryUnavailableException when the registry does not answer usefully
     */
    Optional<PersonRecord> person(String personalId, ReadContext context);
}
