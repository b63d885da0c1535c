package org.motcua.registry.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The city's 168 ward-level units as shipped, and demo data generated from them once per seed. */
final class DemoDataFixtures {

    static final long SEED = 20250701L;
    private static List<WardUnit> units;
    private static DemoData standard;

    private DemoDataFixtures() {
    }

    static synchronized List<WardUnit> units() {
        if (units == null) {
            try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                    DemoDataFixtures.class.getResourceAsStream("/organization/hcmc-ward-level-units.csv")),
                    StandardCharsets.UTF_8))) {
                units = in.lines().skip(1).map(line -> line.split(","))
                        .map(f -> new WardUnit(f[1], f[3], f[2])).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return units;
    }

    /** 20,000 residents and 2,000 businesses from {@link #SEED}, the platform's defaults. */
    static synchronized DemoData standard() {
        if (standard == null) {
            standard = new DemoDataGenerator(SEED, units()).generate(20_000, 2_000);
        }
        return standard;
    }
}
