package org.motcua.feedback;

import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The category tree, read at start-up from {@code motcua.feedback.categories-location}. The platform does not start
 * with a tree that repeats a code; a department it names that does not exist is logged as an error once started.
 */
@Service
public class Categories {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Categories.class);

    private final Map<String, Category> byCode = new LinkedHashMap<>();
    private final Units units;

    Categories(FeedbackProperties properties, Units units) {
        Resource resource = new DefaultResourceLoader().getResource(properties.categoriesLocation());
        List<Object> roots;
        try (InputStream in = resource.getInputStream()) {
            roots = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read feedback categories " + properties.categoriesLocation(), e);
        }
        for (Object root : roots) {
            read(asMap(root), null, properties.defaultWorkingDays(), null);
        }
        this.units = units;
    }

    /** Once the units are loaded: a city-wide category naming an unknown department is logged as an error. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void checkDepartments() {
        byCode.values().stream().filter(Category::cityWide)
                .filter(c -> units.find(c.responsibleUnit()).isEmpty())
                .forEach(c -> log.error("Feedback category {} names an unknown unit {}: its reports go nowhere until "
                        + "the category file is corrected", c.code(), c.responsibleUnit()));
    }

    /** Every node, groups first then their leaves, in file order. */
    public List<Category> all() {
        return List.copyOf(byCode.values());
    }

    /** The categories reports are filed under. */
    public List<Category> leaves() {
        return byCode.values().stream().filter(Category::leaf).toList();
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** A leaf category, else 404 {@code feedback-category-not-found}. */
    public Category requireLeaf(String code) {
        return find(code).filter(Category::leaf).orElseThrow(() -> new ProblemException(
                ErrorCode.FEEDBACK_CATEGORY_NOT_FOUND, "No report category '" + code + "'"));
    }

    private void read(Map<String, Object> node, String parent, BigDecimal inheritedDays, String inheritedUnit) {
        String code = text(node, "code");
        if (code == null || byCode.containsKey(code)) {
            throw new IllegalStateException("Feedback category without a code or repeated: " + code);
        }
        BigDecimal days = node.get("workingDays") == null ? inheritedDays
                : new BigDecimal(node.get("workingDays").toString());
        String unit = node.get("responsibleUnit") == null ? inheritedUnit : text(node, "responsibleUnit");
        List<Object> children = node.get("children") instanceof List<?> list ? new ArrayList<>(list) : List.of();
        List<String> keywords = new ArrayList<>();
        if (node.get("keywords") instanceof List<?> list) {
            list.forEach(k -> keywords.add(String.valueOf(k)));
        }
        List<CategoryAttribute> attributes = new ArrayList<>();
        if (node.get("attributes") instanceof List<?> list) {
            int order = 1;
            for (Object a : list) {
                attributes.add(attribute(asMap(a), order++));
            }
        }
        byCode.put(code, new Category(code, parent, text(node, "vi"), text(node, "en"), text(node, "description"),
                days, unit, children.isEmpty(), List.copyOf(keywords), List.copyOf(attributes)));
        for (Object child : children) {
            read(asMap(child), code, days, unit);
        }
    }

    private static CategoryAttribute attribute(Map<String, Object> a, int order) {
        List<CategoryAttribute.Value> values = new ArrayList<>();
        if (a.get("values") instanceof List<?> list) {
            list.forEach(v -> values.add(new CategoryAttribute.Value(text(asMap(v), "key"), text(asMap(v), "name"))));
        }
        return new CategoryAttribute(text(a, "code"), a.getOrDefault("datatype", "string").toString(),
                Boolean.TRUE.equals(a.get("required")), text(a, "description"), order, List.copyOf(values));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        if (!(o instanceof Map<?, ?>)) {
            throw new IllegalStateException("Feedback categories: expected a mapping, found " + o);
        }
        return (Map<String, Object>) o;
    }

    private static String text(Map<String, Object> node, String key) {
        Object v = node.get(key);
        return v == null ? null : v.toString();
    }
}
