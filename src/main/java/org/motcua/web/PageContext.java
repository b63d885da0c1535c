package org.motcua.web;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * What every page template gets as {@code page}: the language, the texts of the message bundles, the language switch
 * links and the CSRF field for forms. Added to the model of every view by {@link WebConfiguration}.
 */
public final class PageContext {

    private final MessageSource messages;
    private final Locale locale;
    private final HttpServletRequest request;

    PageContext(MessageSource messages, Locale locale, HttpServletRequest request) {
        this.messages = messages;
        this.locale = Languages.supported(locale);
        this.request = request;
    }

    /** The text of a message key in the page's language; a missing key fails (the bundle tests catch it first). */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** {@code vi} or {@code en}, for {@code <html lang>}. */
    public String lang() {
        return locale.getLanguage();
    }

    public boolean english() {
        return Languages.ENGLISH.equals(locale);
    }

    /** This page again in another language ({@code ?lang=}), keeping the other query parameters. */
    public String switchTo(String lang) {
        // on an error page, the address the visitor asked for rather than /error
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original != null) {
            return original + "?lang=" + lang;
        }
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", lang)
                .build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }

    /** The name of the hidden CSRF field for POST forms, null when there is no token. */
    public String csrfParameter() {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? null : token.getParameterName();
    }

    public String csrfToken() {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? null : token.getToken();
    }
}
