package org.motcua.dossier.web;

import java.util.List;

/**
 * One question of an application page, generated from the procedure's form schema.
 *
 * @param id     the HTML id and field name ({@code mother-fullName})
 * @param path   the path in the form data ({@code mother.fullName})
 * @param label  the schema's title (catalogue data)
 * @param kind   {@code text}, {@code date}, {@code number}, {@code choice} or {@code yesno}
 * @param value  the answer so far, or the registry's value
 * @param source where a pre-filled value comes from; null when the citizen answers
 */
public record Question(String id, String path, String label, String kind, List<Option> options, String value,
                       String source, boolean required, String error) {

    /** A value of a choice question and its text. */
    public record Option(String value, String label) {
    }

    public boolean prefilled() {
        return source != null;
    }
}
