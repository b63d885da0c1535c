package org.motcua.catalog;

import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sectors and life events of the catalogue (from their YAML files) and the units of the organisation module: what
 * procedure definitions may refer to.
 */
@Component
class ReferenceData implements CatalogReferences {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Units units;
    private final List<Sector> sectors;
    private final List<LifeEvent> lifeEvents;

    ReferenceData(Units units, CatalogProperties properties, ResourceLoader resources) {
        this.units = units;
        this.sectors = read(resources, properties.sectors()).stream()
                .map(e -> new Sector(e.slug(), e.name())).toList();
        this.lifeEvents = read(resources, properties.lifeEvents()).stream()
                .map(e -> new LifeEvent(e.slug(), e.name())).toList();
    }

    List<Sector> sectors() {
        return sectors;
    }

    List<LifeEvent> lifeEvents() {
        return lifeEvents;
    }

    @Override
    public boolean isSector(String slug) {
        return sectors.stream().anyMatch(s -> s.slug().equals(slug));
    }

    @Override
    public boolean isLifeEvent(String slug) {
        return lifeEvents.stream().anyMatch(e -> e.slug().equals(slug));
    }

    @Override
    public UnitLevel unitLevel(String slug) {
        Optional<Unit> unit = units.find(slug).filter(u -> u.effectiveOn(LocalDate.now(VIETNAM)));
        if (unit.isEmpty()) {
            return UnitLevel.NONE;
        }
        return unit.get().type().isWardLevel() ? UnitLevel.WARD_LEVEL : UnitLevel.CITY_LEVEL;
    }

    private record Entry(String slug, LocalizedText name) { }

    /** A list of {@code {slug, vi, en}}; a broken file stops start-up naming the file and the entry. */
    private static List<Entry> read(ResourceLoader resources, String location) {
        var resource = resources.getResource(location);
        String file = resource.getFilename();
        Object document;
        try (var in = resource.getInputStream()) {
            document = YamlDocuments.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogue file " + location, e);
        } catch (InvalidProcedureDefinitionException e) {
            throw e.inFile(file);
        }
        DefinitionFields f = new DefinitionFields();
        List<Entry> entries = new ArrayList<>();
        if (!(document instanceof List<?> list)) {
            f.problem("(document)", "must be a list of {slug, vi, en}");
            throw new InvalidProcedureDefinitionException(file, f.problems());
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "[" + i + "]";
            Map<?, ?> item = f.element(list.get(i), path);
            if (item == null) {
                continue;
            }
            String slug = f.text(item, "slug", path, true);
            String vi = f.text(item, "vi", path, true);
            String en = f.text(item, "en", path, true);
            if (slug != null && entries.stream().anyMatch(e -> e.slug().equals(slug))) {
                f.problem(path + ".slug", "'" + slug + "' is listed twice");
            }
            if (slug != null && vi != null && en != null) {
                entries.add(new Entry(slug, new LocalizedText(vi, en)));
            }
        }
        if (f.hasProblems()) {
            throw new InvalidProcedureDefinitionException(file, f.problems());
        }
        return List.copyOf(entries);
    }
}
