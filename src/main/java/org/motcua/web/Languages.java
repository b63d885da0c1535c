package org.motcua.web;

import java.util.Locale;

/** The two languages of the pages: Vietnamese (the default) and English. */
final class Languages {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }
}
