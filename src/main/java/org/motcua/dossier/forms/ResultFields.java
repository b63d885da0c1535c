package org.motcua.dossier.forms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Flattens the data of a declaration form (tờ khai) for an electronic result document (kết quả điện tử): turns nested
 * form data (maps, lists and plain values, as parsed from JSON) into the flat label/value list of a
 * {@link ResultDocument}, in the data's iteration order (pass a {@link java.util.LinkedHashMap} to keep an order).
 * <p>
 * A label is looked up first by the dotted path without list positions ({@code "child.fullName"}), then by the key
 * alone ({@code "fullName"}), else made from the key ("Full name"). Nested labels are joined with " – " and list
 * items are numbered from 1 ("Con 2 – Họ, chữ đệm, tên"). Absent and blank values are left out; dates print as
 * dd/MM/yyyy, times as HH:mm dd/MM/yyyy in Ho Chi Minh City time, booleans as "Có"/"Không"; a list of plain values
 * becomes one field with the values separated by "; ".
 */
public final class ResultFields {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private ResultFields() {
    }

    public static List<ResultField> flatten(Map<String, ?> data, Map<String, String> labels) {
        Objects.requireNonNull(data, "data");
        List<ResultField> fields = new ArrayList<>();
        walk(data, "", "", labels == null ? Map.of() : labels, fields);
        return List.copyOf(fields);
    }

    public static List<ResultField> flatten(Map<String, ?> data) {
        return flatten(data, Map.of());
    }

    private static void walk(Object value, String path, String label, Map<String, String> labels,
                             List<ResultField> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                String childPath = path.isEmpty() ? key : path + "." + key;
                walk(v, childPath, join(label, labelFor(childPath, key, labels)), labels, out);
            });
        } else if (value instanceof Collection<?> items) {
            if (items.stream().noneMatch(item -> item instanceof Map<?, ?> || item instanceof Collection<?>)) {
                List<String> texts = items.stream().map(ResultFields::text).filter(Texts::present).toList();
                if (!texts.isEmpty()) {
                    out.add(new ResultField(label, String.join("; ", texts)));
                }
                return;
            }
            int position = 1;
            for (Object item : items) {
                walk(item, path, label + " " + position++, labels, out);
            }
        } else {
            String text = text(value);
            if (Texts.present(text)) {
                out.add(new ResultField(label, text.strip()));
            }
        }
    }

    private static String labelFor(String path, String key, Map<String, String> labels) {
        String label = labels.get(path);
        if (label == null) {
            label = labels.get(key);
        }
        return label != null ? label : humanize(key);
    }

    private static String join(String parent, String own) {
        return parent.isEmpty() ? own : parent + " – " + own;
    }

    /** {@code dateOfBirth}, {@code date_of_birth} → "Date of birth". */
    static String humanize(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip();
        if (spaced.isEmpty()) {
            return key;
        }
        String lower = spaced.toLowerCase(Texts.VIETNAMESE);
        return lower.substring(0, 1).toUpperCase(Texts.VIETNAMESE) + lower.substring(1);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean flag) {
            return flag ? "Có" : "Không";
        }
        if (value instanceof LocalDate date) {
            return VietnameseDates.numeric(date);
        }
        if (value instanceof TemporalAccessor time) {
            return time(time);
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        String text = value.toString();
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return VietnameseDates.numeric(LocalDate.parse(text));
            } catch (DateTimeParseException notADate) {
                return text;
            }
        }
        return text;
    }

    private static String time(TemporalAccessor time) {
        if (time instanceof ZonedDateTime zoned) {
            return VietnameseDates.compact(zoned);
        }
        if (time instanceof OffsetDateTime offset) {
            return VietnameseDates.compact(offset.toZonedDateTime());
        }
        if (time instanceof Instant instant) {
            return VietnameseDates.compact(instant.atZone(VietnameseDates.ZONE));
        }
        if (time instanceof LocalDateTime local) {
            return TIME.format(local);
        }
        return time.toString();
    }
}
