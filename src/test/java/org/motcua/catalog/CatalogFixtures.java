package org.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Definitions and references for the catalogue's unit tests (files under {@code catalog-fixtures/}). */
final class CatalogFixtures {

    static final String SMALL_WARD = "9.000001.000.00.00.H29";
    static final String DEPARTMENT = "9.000002.000.00.00.H29";
    static final String EVERY_SCHEMA_TYPE = "9.000003.000.00.00.H29";

    private CatalogFixtures() {
    }

    /** Sectors and life events of the shipped files; a few real unit slugs. */
    static CatalogReferences references() {
        Set<String> sectors = Set.of("ho-tich", "chung-thuc", "ho-kinh-doanh", "ly-lich-tu-phap", "dat-dai");
        Set<String> lifeEvents = Set.of("birth", "identity", "starting-a-business");
        Set<String> cityLevel = Set.of("tp-ho-chi-minh", "so-tu-phap", "so-tai-chinh", "cong-an-thanh-pho");
        Set<String> wardLevel = Set.of("ben-thanh", "sai-gon", "con-dao");
        return new CatalogReferences() {
            @Override
            public boolean isSector(String slug) {
                return sectors.contains(slug);
            }

            @Override
            public boolean isLifeEvent(String slug) {
                return lifeEvents.contains(slug);
            }

            @Override
            public UnitLevel unitLevel(String slug) {
                return cityLevel.contains(slug) ? UnitLevel.CITY_LEVEL
                        : wardLevel.contains(slug) ? UnitLevel.WARD_LEVEL : UnitLevel.NONE;
            }
        };
    }

    static ProcedureDefinitionParser parser() {
        return new ProcedureDefinitionParser(references());
    }

    static byte[] bytes(String code) {
        try (InputStream in = CatalogFixtures.class.getResourceAsStream("/catalog-fixtures/valid/" + code + ".yaml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid definition as a mutable tree of maps and lists, ready to be broken by a test. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> definition(String code) {
        return (Map<String, Object>) mutable(YamlDocuments.read(bytes(code)));
    }

    static ProcedureDefinition parsed(String code) {
        return parser().parse(definition(code));
    }

    /**
     * Sets (or, with null, removes) the value at a path such as {@code name.en} or {@code process[1].workingDays}.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> set(Map<String, Object> definition, String path, Object value) {
        String[] parts = path.split("\\.");
        Object node = definition;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            int index = -1;
            if (part.endsWith("]")) {
                index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
                part = part.substring(0, part.indexOf('['));
            }
            Map<String, Object> map = (Map<String, Object>) node;
            if (index < 0 && last) {
                if (value == null) {
                    map.remove(part);
                } else {
                    map.put(part, value);
                }
                return definition;
            }
            node = map.get(part);
            if (index >= 0) {
                List<Object> list = (List<Object>) node;
                if (last) {
                    list.set(index, value);
                    return definition;
                }
                node = list.get(index);
            }
        }
        return definition;
    }

    /** A version in force with just the fields search looks at. */
    static ProcedureVersion version(String code, String nameVi, String nameEn, Tier tier, String sector) {
        ProcedureDefinition base = parsed(SMALL_WARD);
        ProcedureDefinition definition = new ProcedureDefinition(code, code.substring(0, 8),
                new LocalizedText(nameVi, nameEn), sector, List.of(), tier,
                tier == Tier.WARD ? CompetentUnit.wardLevel() : CompetentUnit.department("so-tu-phap"), null,
                OnlineLevel.FULL, new TimeLimit(BigDecimal.ONE, null, null), List.of(), base.components(),
                base.form(), base.process(), base.result(), null, List.of(), null, java.util.Map.of(), null);
        return new ProcedureVersion(code, 1, VersionStatus.PUBLISHED, definition, DefinitionSource.FILE,
                Instant.parse("2025-07-01T00:00:00Z"), Catalog.SYSTEM, null);
    }

    private static Object mutable(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), mutable(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(mutable(v)));
            return copy;
        }
        return value;
    }
}
