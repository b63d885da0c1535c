package org.motcua.registry.internal;

import org.motcua.registry.BusinessRecord;
import org.motcua.registry.ReadContext;

import java.util.Optional;

/** {@code GET /business/v1/entities/{taxCode}} of the data-exchange platform. */
final class HttpBusinessAdapter implements BusinessPort {

    private final RegistryHttpClient client;

    HttpBusinessAdapter(RegistryHttpClient client) {
        this.client = client;
    }

    @Override
    public String source() {
        return "business registry";
    }

    @Override
    public Optional<BusinessRecord> business(String taxCode, ReadContext context) {
        var body = client.get("/business/v1/entities/" + taxCode, context, RegistryJson.BusinessBody.class,
                "business registry");
        try {
            return body.map(b -> b.toRecord(taxCode));
        } catch (IllegalArgumentException e) {
            throw new RegistryUnavailableException("business registry broke the contract: " + e.getMessage(), e);
        }
    }
}
