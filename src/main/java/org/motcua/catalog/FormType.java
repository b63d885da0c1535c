package org.motcua.catalog;

import org.motcua.problem.FieldProblem;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One node of a procedure's application form: the supported subset of JSON Schema. Each type checks a value of the
 * submitted data and reports every problem with the path of the field ({@code mother.fullName},
 * {@code members[1].birthDate}).
 */
public sealed interface FormType {

    String title();

    String description();

    /** Adds the problems of a present (non-null, non-blank) value to {@code problems}. */
    void check(JsonNode value, String path, List<FieldProblem> problems);

    /** Null, missing and blank text count as "not given". */
    static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isString() && value.stringValue().isBlank());
    }

    /**
     * An object with named properties. Properties not declared are rejected (the form defines exactly what is
     * collected).
     */
    record ObjectType(String title, String description, Map<String, FormType> properties, List<String> required)
            implements FormType {

        public ObjectType {
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
            required = List.copyOf(required);
        }

        @Override
        public void check(JsonNode value, String path, List<FieldProblem> problems) {
            if (!value.isObject()) {
                problems.add(new FieldProblem(name(path), "must be an object"));
                return;
            }
            for (String name : propertyOrder(value)) {
                String field = path.isEmpty() ? name : path + "." + name;
                FormType type = properties.get(name);
                JsonNode given = value.get(name);
                if (type == null) {
                    problems.add(new FieldProblem(field, "is not a field of this form"));
                } else if (absent(given)) {
                    if (required.contains(name)) {
                        problems.add(new FieldProblem(field, "is required"));
                    }
                } else {
                    type.check(given, field, problems);
                }
            }
        }

        /** Declared properties in the order of the schema, then the undeclared ones given. */
        private List<String> propertyOrder(JsonNode value) {
            Set<String> names = new LinkedHashSet<>(properties.keySet());
            names.addAll(value.propertyNames());
            return List.copyOf(names);
        }
    }

    /** Text, optionally limited in length, to a list of values, or to a format ({@code date}, {@code email}). */
    record StringType(String title, String description, Integer maxLength, String format, List<String> enumValues)
            implements FormType {

        private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

        @Override
        public void check(JsonNode value, String path, List<FieldProblem> problems) {
            if (!value.isString()) {
                problems.add(new FieldProblem(name(path), "must be text"));
                return;
            }
            String text = value.stringValue();
            if (maxLength != null && text.codePointCount(0, text.length()) > maxLength) {
                problems.add(new FieldProblem(name(path), "must be at most " + maxLength + " characters"));
            }
            if (enumValues != null && !enumValues.contains(text)) {
                problems.add(new FieldProblem(name(path), "must be one of: " + String.join(", ", enumValues)));
            }
            if ("date".equals(format) && !isDate(text)) {
                problems.add(new FieldProblem(name(path), "must be a date written YYYY-MM-DD"));
            }
            if ("email".equals(format) && !EMAIL.matcher(text).matches()) {
                problems.add(new FieldProblem(name(path), "must be an e-mail address"));
            }
        }

        private static boolean isDate(String text) {
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /** A whole number, optionally bounded. */
    record IntegerType(String title, String description, BigDecimal minimum, BigDecimal maximum) implements FormType {

        @Override
        public void check(JsonNode value, String path, List<FieldProblem> problems) {
            if (!value.isNumber() || !isWhole(value.decimalValue())) {
                problems.add(new FieldProblem(name(path), "must be a whole number"));
                return;
            }
            checkBounds(value.decimalValue(), minimum, maximum, path, problems);
        }

        private static boolean isWhole(BigDecimal number) {
            return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        }
    }

    /** A number, optionally bounded. */
    record NumberType(String title, String description, BigDecimal minimum, BigDecimal maximum) implements FormType {

        @Override
        public void check(JsonNode value, String path, List<FieldProblem> problems) {
            if (!value.isNumber()) {
                problems.add(new FieldProblem(name(path), "must be a number"));
                return;
            }
            checkBounds(value.decimalValue(), minimum, maximum, path, problems);
        }
    }

    /** Yes or no. */
    record BooleanType(String title, String description) implements FormType {

        @Override
        public void check(JsonNode value, String path, List<FieldProblem> problems) {
            if (!value.isBoolean()) {
                problems.add(new FieldProblem(name(path), "must be true or false"));
            }
        }
    }

    /** A list of objects (household members, business lines…). */
    record ArrayType(String title, String description, ObjectType items) implements FormType {

        @Override
        public void check(JsonNode value, String path, List<FieldProblem> problems) {
            if (!value.isArray()) {
                problems.add(new FieldProblem(name(path), "must be a list"));
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                String field = path + "[" + i + "]";
                if (absent(item)) {
                    problems.add(new FieldProblem(field, "must not be empty"));
                } else {
                    items.check(item, field, problems);
                }
            }
        }
    }

    private static void checkBounds(BigDecimal number, BigDecimal minimum, BigDecimal maximum, String path,
                                    List<FieldProblem> problems) {
        if (minimum != null && number.compareTo(minimum) < 0) {
            problems.add(new FieldProblem(name(path), "must be at least " + minimum.toPlainString()));
        }
        if (maximum != null && number.compareTo(maximum) > 0) {
            problems.add(new FieldProblem(name(path), "must be at most " + maximum.toPlainString()));
        }
    }

    /** The root object has no name; its problems are reported on the form as a whole. */
    private static String name(String path) {
        return path.isEmpty() ? "(form)" : path;
    }
}
