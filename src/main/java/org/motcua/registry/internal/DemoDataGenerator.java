package org.motcua.registry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo registries' data, deterministic from the seed: the featured demo people, then households spread over the
 * ward-level units in turn until there are at least {@code residents} people, then {@code businesses} enterprises,
 * branches and household businesses. Pure: no database, no clock.
 */
final class DemoDataGenerator {

    private final long seed;
    private final List<WardUnit> units;

    DemoDataGenerator(long seed, List<WardUnit> units) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("The demo data need at least one ward-level unit");
        }
        this.seed = seed;
        this.units = List.copyOf(units);
    }

    DemoData generate(int residents, int businesses) {
        DemoRandom random = new DemoRandom(seed);
        DemoIds ids = new DemoIds(random);
        DemoFeatured.PERSONAL_IDS.forEach(ids::reserve);
        Map<String, WardUnit> bySlug = new LinkedHashMap<>();
        units.forEach(u -> bySlug.put(u.slug(), u));

        DemoFamilies families = new DemoFamilies(random, ids, units);
        DemoFeatured.people(families, bySlug);
        for (int i = 0; families.residents.size() < residents; i++) {
            families.household(units.get(i % units.size()));
        }
        DemoBusinesses made = new DemoBusinesses(random, ids, units, families.residents);
        if (businesses > 0) {
            DemoFeatured.businesses(made, bySlug);
            made.generate(businesses);
        }
        return new DemoData(List.copyOf(families.residents), List.copyOf(families.households),
                List.copyOf(families.records), List.copyOf(made.businesses));
    }
}
