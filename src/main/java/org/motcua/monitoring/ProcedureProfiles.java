package org.motcua.monitoring;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureDefinition;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue facts of procedures, for the disclosure, online and online-payment groups of the index. Kept for a
 * minute: a dashboard ranks 168 units over the same few hundred procedures, and a newly published version shows in
 * the index within a minute.
 */
@Component
class ProcedureProfiles {

    private static final long TTL_NANOS = 60_000_000_000L;

    private final Catalog catalog;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ProcedureProfiles(Catalog catalog) {
        this.catalog = catalog;
    }

    private record Cached(ProcedureProfile profile, long loadedAt) {
    }

    List<ProcedureProfile> of(Collection<String> codes) {
        return codes.stream().distinct().sorted().map(this::cached).toList();
    }

    private ProcedureProfile cached(String code) {
        long now = System.nanoTime();
        Cached c = cache.get(code);
        if (c == null || now - c.loadedAt() > TTL_NANOS) {
            c = new Cached(profile(code), now);
            cache.put(code, c);
        }
        return c.profile();
    }

    private ProcedureProfile profile(String code) {
        return catalog.findCurrent(code).map(v -> {
            ProcedureDefinition d = v.definition();
            boolean online = d.onlineLevel() != null;
            boolean fee = d.fees() != null && d.fees().stream().anyMatch(f -> f.amountVnd() > 0);
            return new ProcedureProfile(code, d.unconfirmed().isEmpty(), online, fee, online && fee);
        }).orElse(new ProcedureProfile(code, false, false, false, false));
    }
}
