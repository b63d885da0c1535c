package org.motcua.registry.internal;

import org.motcua.registry.PersonRecord;
import org.motcua.registry.ReadContext;

import java.util.Optional;

/** {@code GET /population/v1/persons/{personalId}} of the data-exchange platform. */
final class HttpPopulationAdapter implements PopulationPort {

    private final RegistryHttpClient client;

    HttpPopulationAdapter(RegistryHttpClient client) {
        this.client = client;
    }

    @Override
    public String source() {
        return "population registry";
    }

    @Override
    public Optional<PersonRecord> person(String personalId, ReadContext context) {
        Optional<RegistryJson.PersonBody> body = client.get("/population/v1/persons/" + personalId, context,
                RegistryJson.PersonBody.class, "population registry");
        try {
            return body.map(b -> b.toRecord(personalId));
        } catch (IllegalArgumentException e) {
            throw new RegistryUnavailableException("population registry broke the contract: " + e.getMessage(), e);
        }
    }
}
