package org.motcua.catalog;

import org.motcua.problem.FieldProblem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed values out of the maps and lists a YAML or JSON parser produces, collecting a {@link FieldProblem} with
 * the value's path for everything missing or wrong instead of stopping at the first.
 */
final class DefinitionFields {

    private final List<FieldProblem> problems = new ArrayList<>();

    List<FieldProblem> problems() {
        return problems;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void problem(String path, String message) {
        problems.add(new FieldProblem(path, message));
    }

    static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Reports keys that the format does not define (typically misspelt ones). */
    void onlyKnownKeys(Map<?, ?> map, String path, Set<String> known) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problem(at(path, String.valueOf(key)), "is not a field of the procedure format");
            }
        }
    }

    boolean present(Map<?, ?> map, String key) {
        return map.get(key) != null;
    }

    String text(Map<?, ?> map, String key, String path, boolean required) {
        Object value = map.get(key);
        String field = at(path, key);
        if (value == null) {
            if (required) {
                problem(field, "is required");
            }
            return null;
        }
        // YAML reads an unquoted nationalCode such as 1.000490 as a number: keep it exactly as written
        String text = value instanceof String s ? s
                : value instanceof BigDecimal d ? d.toPlainString()
                : value instanceof Integer || value instanceof Long || value instanceof BigInteger ? value.toString()
                : null;
        if (text == null) {
            problem(field, "must be text");
            return null;
        }
        if (text.isBlank()) {
            if (required) {
                problem(field, "is required");
            }
            return null;
        }
        return text.strip();
    }

    LocalizedText localized(Map<?, ?> map, String key, String path, boolean required) {
        return localized(map.get(key), at(path, key), required);
    }

    /** A {@code {vi, en}} mapping at {@code field}. */
    LocalizedText localized(Object value, String field, boolean required) {
        if (value == null) {
            if (required) {
                problem(field, "is required (vi and en)");
            }
            return null;
        }
        if (!(value instanceof Map<?, ?> texts)) {
            problem(field, "must have a Vietnamese (vi) and an English (en) text");
            return null;
        }
        onlyKnownKeys(texts, field, Set.of("vi", "en"));
        String vi = text(texts, "vi", field, true);
        String en = text(texts, "en", field, true);
        return vi == null || en == null ? null : new LocalizedText(vi, en);
    }

    /** One of the values of an enumeration, written as its {@code code}. */
    <E> E choice(Map<?, ?> map, String key, String path, E[] values, Function<E, String> code, boolean required) {
        String text = text(map, key, path, required);
        if (text == null) {
            return null;
        }
        Optional<E> value = Arrays.stream(values).filter(v -> code.apply(v).equals(text)).findFirst();
        if (value.isEmpty()) {
            problem(at(path, key), "must be " + oneOf(Arrays.stream(values).map(code).toList()) + ", not '" + text
                    + "'");
        }
        return value.orElse(null);
    }

    static String oneOf(List<String> allowed) {
        return allowed.size() == 2 ? allowed.get(0) + " or " + allowed.get(1)
                : "one of " + String.join(", ", allowed);
    }

    /** A number of at least 0; decimals allowed (0.5 working days). */
    BigDecimal decimal(Map<?, ?> map, String key, String path, boolean required) {
        Object value = map.get(key);
        String field = at(path, key);
        if (value == null) {
            if (required) {
                problem(field, "is required");
            }
            return null;
        }
        BigDecimal number = toDecimal(value);
        if (number == null) {
            problem(field, "must be a number");
            return null;
        }
        if (number.signum() < 0) {
            problem(field, "must be at least 0");
            return null;
        }
        return number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros();
    }

    /** A whole number of at least 0. */
    Long wholeNumber(Map<?, ?> map, String key, String path) {
        Object value = map.get(key);
        String field = at(path, key);
        if (value == null) {
            problem(field, "is required");
            return null;
        }
        BigDecimal number = toDecimal(value);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            problem(field, "must be a whole number");
            return null;
        }
        if (number.signum() < 0) {
            problem(field, "must be at least 0");
            return null;
        }
        return number.longValueExact();
    }

    Boolean bool(Map<?, ?> map, String key, String path) {
        Object value = map.get(key);
        if (value == null) {
            problem(at(path, key), "is required (true or false)");
            return null;
        }
        if (!(value instanceof Boolean b)) {
            problem(at(path, key), "must be true or false");
            return null;
        }
        return b;
    }

    Map<?, ?> mapping(Map<?, ?> map, String key, String path, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(at(path, key), "is required");
            }
            return null;
        }
        if (!(value instanceof Map<?, ?> m)) {
            problem(at(path, key), "must be a mapping of fields");
            return null;
        }
        return m;
    }

    /** A list; null when absent (an error when required) or not a list. */
    List<?> list(Map<?, ?> map, String key, String path, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(at(path, key), "is required");
            }
            return null;
        }
        if (!(value instanceof List<?> l)) {
            problem(at(path, key), "must be a list");
            return null;
        }
        return l;
    }

    /** The element as a mapping, or null after reporting it. */
    Map<?, ?> element(Object value, String path) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        problem(path, "must be a mapping of fields");
        return null;
    }

    private static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return new BigDecimal(value.toString());
        }
        return null;
    }
}
