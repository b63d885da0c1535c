package org.motcua.catalog;

import java.util.Locale;
import java.util.Map;

/**
 * The texts of one field of an application form in both languages: its title ({@code title} and
 * {@code x-title-en}), its description ({@code description} and {@code x-description-en}) and, for a list of values,
 * each value's text ({@code x-enum-titles: {male: {vi: Nam, en: Male}}}). English may be missing only in forms
 * stored before English was required; {@link #title(Locale)} then falls back to Vietnamese.
 *
 * @param title       null when the schema gives none
 * @param description null when the schema gives none
 * @param options     enum value → its text; empty for other fields
 */
public record FieldLabel(LocalizedText title, LocalizedText description, Map<String, LocalizedText> options) {

    public FieldLabel {
        options = Map.copyOf(options);
    }

    /** The title in the page's language (Vietnamese when English is missing), or null. */
    public String title(Locale locale) {
        return pick(title, locale);
    }

    /** The description in the page's language, or null. */
    public String description(Locale locale) {
        return pick(description, locale);
    }

    /** The text of an enum value in the page's language, or null when the schema gives none. */
    public String option(String value, Locale locale) {
        return pick(options.get(value), locale);
    }

    private static String pick(LocalizedText text, Locale locale) {
        if (text == null) {
            return null;
        }
        return "en".equals(locale.getLanguage()) && text.en() != null ? text.en() : text.vi();
    }
}
