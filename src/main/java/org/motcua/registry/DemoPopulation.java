package org.motcua.registry;

import org.motcua.demo.DemoMode;
import org.motcua.registry.internal.DemoRegistryStore;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Demo mode only: the synthetic residents as the <em>demo identity provider</em> knows them. The demo IdP stands in
 * for the national e-ID (VNeID) and, like it, has its own copy of who people are: reading it here is the IdP looking
 * up its own users, not the platform reading the population registry, so nothing is written to the registry access
 * log. The platform itself reads people only through {@link Registries}. Outside demo mode there is no one.
 */
@Service
public class DemoPopulation {

    /** The featured people of {@code docs/demo-data.md}, shown first on the demo login page. */
    static final List<String> FEATURED = List.of("young-husband", "young-wife", "identity-mismatch",
            "registry-outage", "widow", "business-owner");

    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DemoRegistryStore store;
    private final DemoMode demo;
    private final Clock clock;

    DemoPopulation(DemoRegistryStore store, DemoMode demo, Optional<Clock> clock) {
        this.store = store;
        this.demo = demo;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Up to {@code limit} (at most 500) living adult residents for the demo login page: the featured demo people
     * first, then residents of every ward-level unit in turn, men and women of all ages. The same data give the same
     * list.
     */
    public List<PersonRecord> sample(int limit) {
        if (!demo.enabled() || limit <= 0) {
            return List.of();
        }
        LocalDate adult = LocalDate.now(clock.withZone(CITY)).minusYears(18);
        return store.livingAdults(Math.min(limit, 500), FEATURED, adult).stream()
                .map(DemoRegistryStore.StoredPerson::record).toList();
    }

    /**
     * The living resident with this personal ID number, for the demo identity provider to issue its own ID token;
     * empty for the deceased, unknown numbers and outside demo mode. Not logged (see the class comment).
     */
    public Optional<PersonRecord> find(String personalId) {
        if (!demo.enabled() || personalId == null || !personalId.matches("[0-9]{12}")) {
            return Optional.empty();
        }
        return store.person(personalId).filter(DemoRegistryStore.StoredPerson::living)
                .map(DemoRegistryStore.StoredPerson::record);
    }
}
