package org.motcua.catalog.web;

import org.motcua.catalog.LocalizedText;

import java.util.Locale;

/** Picks the Vietnamese or English side of a catalogue text for a page. */
final class Localized {

    private Localized() {
    }

    static String of(LocalizedText text, Locale locale) {
        if (text == null) {
            return null;
        }
        return "en".equals(locale.getLanguage()) && text.en() != null ? text.en() : text.vi();
    }
}
