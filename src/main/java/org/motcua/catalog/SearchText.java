package org.motcua.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching: diacritics and case are ignored ({@code Đăng Ký} → {@code dang ky}) and
 * punctuation separates words.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{Alnum}.]+|(?<!\\d)\\.|\\.(?!\\p{Alnum})");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /**
     * Lower-case, without diacritics ({@code đ} becomes {@code d}), words separated by single spaces. Dots after a
     * digit are kept so that codes such as {@code 1.001193.000.00.00.H29} stay one word.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return SPACES.matcher(NOT_WORD.matcher(stripped).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** The folded words of a text. */
    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
