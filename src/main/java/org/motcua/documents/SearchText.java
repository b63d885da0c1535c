package org.motcua.documents;

import java.text.Normalizer;
import java.util.Locale;

/** Text folded for search: lower case, without Vietnamese diacritics ({@code đ} → {@code d}), spaces collapsed. */
final class SearchText {

    private SearchText() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
