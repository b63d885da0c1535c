package org.motcua.payment.web;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.util.HtmlUtils;

import java.util.Locale;

/** A plain, accessible HTML page of the payment module, text from {@code payment/messages*.properties} only. */
final class PaymentPage {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("payment/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final Locale locale;
    private final StringBuilder body = new StringBuilder();

    PaymentPage(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    String text(String key) {
        return MESSAGES.getMessage(key, null, locale);
    }

    PaymentPage say(String tag, String key) {
        return raw("<" + tag + ">" + escape(text(key)) + "</" + tag + ">");
    }

    PaymentPage raw(String html) {
        body.append(html).append('\n');
        return this;
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    String render(String titleKey) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – %s</title>
                <style>
                body{font-family:"Be Vietnam Pro","Noto Sans",system-ui,sans-serif;margin:0;color:#0b0c0c;line-height:1.5}
                header{background:#1d3557;color:#fff;padding:.75rem 1rem}main{max-width:40rem;margin:0 auto;padding:1rem}
                button{font-size:1.1rem;display:block;width:100%%;padding:.75rem;margin:.5rem 0;border:0;cursor:pointer}
                button:focus{outline:3px solid #ffdd00}.pay{background:#00703c;color:#fff}.other{background:#505a5f;color:#fff}
                .notice{border-left:8px solid #1d70b8;padding:.5rem 1rem}dt{font-weight:bold}
                .skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#ffdd00}
                </style></head>
                <body><a class="skip" href="#main">%s</a><header>%s</header>
                <main id="main">
                %s</main></body></html>
                """.formatted(locale.getLanguage(), escape(text(titleKey)), escape(text("page.service")),
                escape(text("page.skip")), escape(text("page.service")), body);
    }
}
