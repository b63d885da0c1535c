package org.motcua.identity.web;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.util.HtmlUtils;

import java.util.Locale;

/**
 * A plain, accessible HTML page of the identity module (login, account): {@code lang}, a skip link, one column,
 * text from {@code identity/messages*.properties} only.
 */
final class Page {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("identity/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final Locale locale;
    private final StringBuilder body = new StringBuilder();

    Page(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    String text(String key, Object... args) {
        return MESSAGES.getMessage(key, args, locale);
    }

    /** Appends the message as escaped text. */
    Page say(String tag, String key, Object... args) {
        return raw("<" + tag + ">" + escape(text(key, args)) + "</" + tag + ">");
    }

    Page raw(String html) {
        body.append(html).append('\n');
        return this;
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    String render(String titleKey, boolean error) {
        String title = (error ? text("page.error-prefix") : "") + text(titleKey) + " – " + text("page.service");
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{font-family:"Be Vietnam Pro","Noto Sans",system-ui,sans-serif;margin:0;color:#0b0c0c;line-height:1.5}
                header{background:#1d3557;color:#fff;padding:.75rem 1rem}main{max-width:40rem;margin:0 auto;padding:1rem}
                a,button{font-size:1.1rem}a:focus,button:focus{outline:3px solid #ffdd00;outline-offset:0}
                .button{display:inline-block;background:#00703c;color:#fff;padding:.6rem 1rem;text-decoration:none;border:0;cursor:pointer;margin:.25rem 0}
                .secondary{background:#505a5f}.error{border:4px solid #d4351c;padding:1rem}.notice{border-left:8px solid #1d70b8;padding:.5rem 1rem}
                .skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#ffdd00;color:#0b0c0c}
                dt{font-weight:bold}
                </style></head>
                <body><a class="skip" href="#main">%s</a>
                <header>%s</header>
                <main id="main">
                %s</main></body></html>
                """.formatted(locale.getLanguage(), escape(title), escape(text("page.skip")),
                escape(text("page.service")), body);
    }
}
