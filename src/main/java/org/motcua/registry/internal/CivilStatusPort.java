package org.motcua.registry.internal;

import org.motcua.registry.CivilStatusRecord;
import org.motcua.registry.ReadContext;

import java.util.List;

/** The civil-status registry, as the platform reaches it (demo data or HTTP). */
public interface CivilStatusPort {

    /** Names the registry and adapter, shown as the source of the data. */
    String source();

    /**
     * The person's birth, marriage and death records, oldest first; empty when there are none.
     *
     * @throws RegistryUnavailableException when the registry does not answer usefully
     */
    List<CivilStatusRecord> records(String personalId, ReadContext context);
}
