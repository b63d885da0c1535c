package org.motcua.registry.internal;

import org.motcua.audit.AuditLog;
import org.motcua.demo.DemoMode;
import org.motcua.organization.Units;
import org.motcua.registry.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In demo mode, fills the empty demo registries with synthetic residents, households, civil-status records and
 * businesses across the city's ward-level units, deterministic from {@code motcua.registry.seed}. Runs after the units
 * are loaded; does nothing when the tables hold data, so a restart keeps what is there.
 */
@Component
@Order(50)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoMode demo;
    private final RegistryProperties properties;
    private final DemoRegistryStore store;
    private final DemoDataWriter writer;
    private final Units units;
    private final AuditLog audit;

    DemoDataSeeder(DemoMode demo, RegistryProperties properties, DemoRegistryStore store, DemoDataWriter writer,
                   Units units, AuditLog audit) {
        this.demo = demo;
        this.properties = properties;
        this.store = store;
        this.writer = writer;
        this.units = units;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !store.empty()) {
            return;
        }
        List<WardUnit> wardLevel = units.effectiveOn(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), Optional.empty())
                .stream().filter(u -> u.type().isWardLevel())
                .map(u -> new WardUnit(u.slug(), u.nameVi(), u.type().code())).toList();
        if (wardLevel.isEmpty()) {
            log.warn("Demo registries not generated: there are no ward-level units");
            return;
        }
        long started = System.nanoTime();
        DemoData data = new DemoDataGenerator(properties.seed(), wardLevel)
                .generate(properties.residents(), properties.businesses());
        long generated = System.nanoTime();
        if (!writer.writeIfEmpty(data)) {
            return;
        }
        long stored = System.nanoTime();
        log.info("Demo registries: {} residents in {} households across {} ward-level units, {} civil-status records "
                        + "and {} businesses from seed {}, generated in {} ms and stored in {} ms",
                data.residents().size(), data.households().size(), wardLevel.size(), data.civilRecords().size(),
                data.businesses().size(), properties.seed(), (generated - started) / 1_000_000,
                (stored - generated) / 1_000_000);
        audit.record("system", "REGISTRY_DEMO_DATA_GENERATED", "registry-demo-data", Map.of(
                "seed", properties.seed(), "residents", data.residents().size(),
                "households", data.households().size(), "civilStatusRecords", data.civilRecords().size(),
                "businesses", data.businesses().size()));
    }
}
