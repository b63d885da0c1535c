package org.motcua.dossier.forms;

import java.util.Locale;

/** Small null-safe text helpers for optional fields. */
final class Texts {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Texts() {
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    /** Upper case by Vietnamese rules, as Decree 30 writes the names of bodies in the heading. */
    static String upper(String text) {
        return orEmpty(text).toUpperCase(VIETNAMESE);
    }

    /** The text with its first letter in upper case ("ngày 05 …" → "Ngày 05 …"). */
    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
    }

    /** Ends the sentence with a full stop unless it already ends with punctuation. */
    static String sentence(String text) {
        String stripped = orEmpty(text);
        if (stripped.isEmpty() || ".!?:;…".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            return stripped;
        }
        return stripped + ".";
    }
}
