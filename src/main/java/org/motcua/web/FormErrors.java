package org.motcua.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation errors of a submitted form, in the order of the fields: field name → message key. The error summary
 * tag links each to its field ({@code href="#<field>"}), the field tag shows the same text beside it.
 */
public final class FormErrors {

    /** One error: the field's id and the message key. */
    public record Error(String field, String messageKey) {
    }

    private final Map<String, String> errors = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Adds an error for the field unless it has one already (the first error of a field is the one shown). */
    public FormErrors add(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    /** The message key of the field's error, null when it has none. */
    public String of(String field) {
        return errors.get(field);
    }

    public List<Error> all() {
        return errors.entrySet().stream().map(e -> new Error(e.getKey(), e.getValue())).toList();
    }
}
