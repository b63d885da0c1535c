package org.motcua.catalog;

import org.motcua.problem.FieldProblem;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a JSON Schema into {@link FormType}s, accepting only the supported subset and reporting every unsupported
 * keyword, type or value with its path ({@code form.properties.mother.properties.birthDate.format}). Collects each
 * field's texts in both languages ({@link FieldLabel}); when English is required, every field needs a title in both
 * languages ({@code title}, {@code x-title-en}), a description needs {@code x-description-en}, and each value of an
 * {@code enum} its texts in {@code x-enum-titles}.
 */
final class FormSchemaReader {

    static final List<String> TYPES = List.of("object", "string", "integer", "number", "boolean", "array");
    static final List<String> FORMATS = List.of("date", "email");

    static final String TITLE_EN = "x-title-en";
    static final String DESCRIPTION_EN = "x-description-en";
    static final String ENUM_TITLES = "x-enum-titles";

    private static final Set<String> COMMON = Set.of("type", "title", "description", TITLE_EN, DESCRIPTION_EN);
    private static final Map<String, Set<String>> KEYWORDS = Map.of(
            "object", Set.of("properties", "required"),
            "string", Set.of("maxLength", "format", "enum", ENUM_TITLES),
            "integer", Set.of("minimum", "maximum"),
            "number", Set.of("minimum", "maximum"),
            "boolean", Set.of(),
            "array", Set.of("items"));
    private static final List<String> ALL_KEYWORDS = List.of("type", "title", "description", "properties",
            "required", "maxLength", "format", "enum", "minimum", "maximum", "items", TITLE_EN, DESCRIPTION_EN, ENUM_TITLES);
    private static final Pattern PROPERTY_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*$");

    private final List<FieldProblem> problems;
    private final boolean requireEnglish;
    private final Map<String, FieldLabel> labels = new LinkedHashMap<>();

    /**
     * @param requireEnglish whether a field without English texts is a problem (definitions being published), or
     *                       accepted (forms stored before English was required)
     */
    FormSchemaReader(List<FieldProblem> problems, boolean requireEnglish) {
        this.problems = problems;
        this.requireEnglish = requireEnglish;
    }

    /** The texts of the fields read, by field path ({@code mother.fullName}; list items: {@code children.name}). */
    Map<String, FieldLabel> labels() {
        return labels;
    }

    /** The form's root, which must be an object; null when it has problems (added to the list). */
    FormType.ObjectType readRoot(JsonNode schema, String path) {
        int before = problems.size();
        if (schema == null || !schema.isObject()) {
            problem(path, "must be a JSON Schema object (type: object, properties: …)");
            return null;
        }
        FormType type = read(schema, path, "", false);
        if (type != null && !(type instanceof FormType.ObjectType)) {
            problem(path + ".type", "the form must be of type object");
        }
        return problems.size() == before && type instanceof FormType.ObjectType root ? root : null;
    }

    /**
     * {@code field}: the field's path in the data ("" for the root; a list's items have the list's path, their fields
     * are named after it: {@code children.name}); {@code labelled}: whether the node is a field with texts.
     */
    private FormType read(JsonNode node, String path, String field, boolean labelled) {
        if (!node.isObject()) {
            problem(path, "must be a schema (a mapping with a type)");
            return null;
        }
        JsonNode typeNode = node.get("type");
        String type = typeNode == null ? null
                : typeNode.isString() ? typeNode.stringValue() : String.valueOf(typeNode);
        if (type == null) {
            problem(path + ".type", "is required (one of " + String.join(", ", TYPES) + ")");
        } else if (!TYPES.contains(type)) {
            problem(path + ".type", "'" + type + "' is not supported; use one of " + String.join(", ", TYPES));
        }
        checkKeywords(node, path, TYPES.contains(type) ? type : null);
        if (!TYPES.contains(type)) {
            return null;
        }
        String title = text(node, "title", path);
        String description = text(node, "description", path);
        if (labelled) {
            labels.put(field, label(node, path, title, description));
        }
        return switch (type) {
            case "object" -> object(node, path, field, title, description);
            case "string" -> string(node, path, title, description);
            case "integer" -> new FormType.IntegerType(title, description, number(node, "minimum", path),
                    number(node, "maximum", path));
            case "number" -> new FormType.NumberType(title, description, number(node, "minimum", path),
                    number(node, "maximum", path));
            case "boolean" -> new FormType.BooleanType(title, description);
            default -> array(node, path, field, title, description);
        };
    }

    /** Reports keywords outside the subset, and those not meant for {@code type} (null: the type is unknown). */
    private void checkKeywords(JsonNode node, String path, String type) {
        for (String keyword : node.propertyNames()) {
            if (COMMON.contains(keyword) || (type != null && KEYWORDS.get(type).contains(keyword))
                    || (type == null && ALL_KEYWORDS.contains(keyword))) {
                continue;
            }
            if (ALL_KEYWORDS.contains(keyword)) {
                List<String> owners = KEYWORDS.entrySet().stream().filter(e -> e.getValue().contains(keyword))
                        .map(Map.Entry::getKey).sorted().toList();
                problem(path + "." + keyword, "applies only to " + String.join(" and ", owners) + ", not " + type);
            } else {
                problem(path + "." + keyword, "is not supported; the form may use only "
                        + String.join(", ", ALL_KEYWORDS));
            }
        }
        if (node.has("minimum") && node.has("maximum") && node.get("minimum").isNumber()
                && node.get("maximum").isNumber()
                && node.get("minimum").decimalValue().compareTo(node.get("maximum").decimalValue()) > 0) {
            problem(path + ".minimum", "must not be greater than maximum");
        }
    }

    private FormType.ObjectType object(JsonNode node, String path, String field, String title, String description) {
        Map<String, FormType> properties = new LinkedHashMap<>();
        JsonNode declared = node.get("properties");
        if (declared == null || !declared.isObject() || declared.isEmpty()) {
            problem(path + ".properties", "is required: a mapping of at least one field name to its schema");
        } else {
            for (Map.Entry<String, JsonNode> property : declared.properties()) {
                String name = property.getKey();
                String propertyPath = path + ".properties." + name;
                if (!PROPERTY_NAME.matcher(name).matches()) {
                    problem(propertyPath, "field names start with a letter and contain only letters, digits and _");
                }
                FormType type = read(property.getValue(), propertyPath,
                        field.isEmpty() ? name : field + "." + name, true);
                if (type != null) {
                    properties.put(name, type);
                }
            }
        }
        List<String> required = new ArrayList<>();
        JsonNode requiredNode = node.get("required");
        if (requiredNode != null) {
            if (!requiredNode.isArray()) {
                problem(path + ".required", "must be a list of field names");
            } else {
                for (int i = 0; i < requiredNode.size(); i++) {
                    JsonNode name = requiredNode.get(i);
                    String itemPath = path + ".required[" + i + "]";
                    if (!name.isString()) {
                        problem(itemPath, "must be a field name");
                    } else if (declared != null && declared.isObject() && !declared.has(name.stringValue())) {
                        problem(itemPath, "'" + name.stringValue() + "' is not a field of this object");
                    } else if (required.contains(name.stringValue())) {
                        problem(itemPath, "'" + name.stringValue() + "' is listed twice");
                    } else {
                        required.add(name.stringValue());
                    }
                }
            }
        }
        return new FormType.ObjectType(title, description, properties, required);
    }

    private FormType.StringType string(JsonNode node, String path, String title, String description) {
        Integer maxLength = null;
        JsonNode max = node.get("maxLength");
        if (max != null) {
            if (!max.isIntegralNumber() || max.intValue() < 1) {
                problem(path + ".maxLength", "must be a whole number of at least 1");
            } else {
                maxLength = max.intValue();
            }
        }
        String format = text(node, "format", path);
        if (format != null && !FORMATS.contains(format)) {
            problem(path + ".format", "'" + format + "' is not supported; use " + String.join(" or ", FORMATS));
        }
        List<String> values = null;
        JsonNode enumNode = node.get("enum");
        if (enumNode != null) {
            values = new ArrayList<>();
            if (!enumNode.isArray() || enumNode.isEmpty()) {
                problem(path + ".enum", "must be a non-empty list of values");
            } else {
                for (int i = 0; i < enumNode.size(); i++) {
                    JsonNode value = enumNode.get(i);
                    if (!value.isString() || value.stringValue().isBlank()) {
                        problem(path + ".enum[" + i + "]", "must be a text value");
                    } else if (values.contains(value.stringValue())) {
                        problem(path + ".enum[" + i + "]", "'" + value.stringValue() + "' is listed twice");
                    } else {
                        values.add(value.stringValue());
                    }
                }
            }
            if (format != null) {
                problem(path + ".format", "cannot be combined with enum");
            }
        }
        return new FormType.StringType(title, description, maxLength, format,
                values == null ? null : List.copyOf(values));
    }

    private FormType.ArrayType array(JsonNode node, String path, String field, String title, String description) {
        JsonNode items = node.get("items");
        if (items == null) {
            problem(path + ".items", "is required: the schema of one element (an object)");
            return null;
        }
        FormType item = read(items, path + ".items", field, false);
        if (item != null && !(item instanceof FormType.ObjectType)) {
            problem(path + ".items.type", "lists must hold objects");
            return null;
        }
        return item == null ? null : new FormType.ArrayType(title, description, (FormType.ObjectType) item);
    }

    private FieldLabel label(JsonNode node, String path, String title, String description) {
        String titleEn = text(node, TITLE_EN, path);
        String descriptionEn = text(node, DESCRIPTION_EN, path);
        if (requireEnglish && (title == null || title.isBlank())) {
            problem(path + ".title", "is required: the field's Vietnamese title");
        }
        if (requireEnglish && (titleEn == null || titleEn.isBlank())) {
            problem(path + "." + TITLE_EN, "is required: the field's English title");
        }
        if (requireEnglish && description != null && (descriptionEn == null || descriptionEn.isBlank())) {
            problem(path + "." + DESCRIPTION_EN, "is required: the English text of the description");
        }
        Map<String, LocalizedText> options = new LinkedHashMap<>();
        JsonNode enumNode = node.get("enum");
        JsonNode enumTitles = node.get(ENUM_TITLES);
        if (enumTitles != null && (!enumTitles.isObject() || enumNode == null || !enumNode.isArray())) {
            problem(path + "." + ENUM_TITLES, "must map each value of enum to its texts: {value: {vi: …, en: …}}");
        } else if (enumNode != null && enumNode.isArray()) {
            for (JsonNode value : enumNode) {
                String v = value.isString() ? value.stringValue() : null;
                JsonNode texts = enumTitles == null || v == null ? null : enumTitles.get(v);
                String vi = texts == null || !texts.isObject() ? null : text(texts, "vi", path + "." + ENUM_TITLES
                        + "." + v);
                String en = texts == null || !texts.isObject() ? null : text(texts, "en", path + "." + ENUM_TITLES
                        + "." + v);
                if (v != null && (vi != null || en != null)) {
                    options.put(v, new LocalizedText(vi == null ? en : vi, en));
                }
                if (requireEnglish && v != null && (vi == null || vi.isBlank() || en == null || en.isBlank())) {
                    problem(path + "." + ENUM_TITLES + "." + v, "is required: the value's texts {vi: …, en: …}");
                }
            }
            if (enumTitles != null) {
                for (String named : enumTitles.propertyNames()) {
                    boolean declared = false;
                    for (JsonNode value : enumNode) {
                        declared |= value.isString() && value.stringValue().equals(named);
                    }
                    if (!declared) {
                        problem(path + "." + ENUM_TITLES + "." + named, "'" + named + "' is not a value of enum");
                    }
                }
            }
        }
        return new FieldLabel(title == null ? null : new LocalizedText(title, titleEn),
                description == null ? null : new LocalizedText(description, descriptionEn), options);
    }

    private String text(JsonNode node, String keyword, String path) {
        JsonNode value = node.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problem(path + "." + keyword, "must be text");
            return null;
        }
        return value.stringValue();
    }

    private BigDecimal number(JsonNode node, String keyword, String path) {
        JsonNode value = node.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problem(path + "." + keyword, "must be a number");
            return null;
        }
        return value.decimalValue();
    }

    private void problem(String path, String message) {
        problems.add(new FieldProblem(path, message));
    }
}
