package org.motcua.documents;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

/** Texts of the registers from {@code documents/messages*.properties} (Vietnamese, or English on request). */
final class RegisterTexts {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("documents/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final Locale locale;

    RegisterTexts(Locale locale) {
        this.locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("vi");
    }

    /** The text of {@code documents.<key>}. */
    String get(String key, Object... args) {
        return MESSAGES.getMessage("documents." + key, args, locale);
    }
}
