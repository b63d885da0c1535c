package org.motcua.registry.internal;

import org.motcua.registry.CivilStatusRecord;
import org.motcua.registry.ReadContext;

import java.util.List;

/** {@code GET /civil-status/v1/records?personalId=} of the data-exchange platform. */
final class HttpCivilStatusAdapter implements CivilStatusPort {

    private final RegistryHttpClient client;

    HttpCivilStatusAdapter(RegistryHttpClient client) {
        this.client = client;
    }

    @Override
    public String source() {
        return "civil-status registry";
    }

    @Override
    public List<CivilStatusRecord> records(String personalId, ReadContext context) {
        var body = client.get("/civil-status/v1/records?personalId=" + personalId, context,
                RegistryJson.CivilStatusBody.class, "civil-status registry");
        try {
            return body.map(b -> b.toRecords(personalId)).orElse(List.of());
        } catch (IllegalArgumentException e) {
            throw new RegistryUnavailableException("civil-status registry broke the contract: " + e.getMessage(), e);
        }
    }
}
