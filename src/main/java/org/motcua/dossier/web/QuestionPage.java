package org.motcua.dossier.web;

import org.motcua.catalog.LocalizedText;

import java.util.List;
import java.util.Locale;

/**
 * One page of questions: a small group of the form's fields, one of its sub-objects, or one of its lists of objects.
 *
 * @param title  the group's Vietnamese title; null for a page of top-level fields
 * @param paths  the fields asked; for a list, its items' fields named after the list ({@code businessLines.code})
 * @param titles the group's title in both languages; null when the page has no title
 * @param list   the list's name when the page asks a list's items ("add another"); null otherwise
 */
record QuestionPage(String title, List<String> paths, LocalizedText titles, String list) {

    QuestionPage(String title, List<String> paths) {
        this(title, paths, title == null ? null : new LocalizedText(title, null), null);
    }

    /** The title in the page's language (Vietnamese when there is no English); null for top-level fields. */
    String title(Locale locale) {
        if (titles == null) {
            return title;
        }
        return "en".equals(locale.getLanguage()) && titles.en() != null ? titles.en() : titles.vi();
    }
}
