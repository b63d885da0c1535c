package org.motcua.demoidp;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The demo provider's login page: people of the demo population with their personal ID and identity level; choosing
 * one logs in as them. It says plainly that this is a demo without passwords.
 */
@Controller
@Conditional(DemoEidEnabled.class)
class DemoEidLoginPage {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static {
        MESSAGES.setBasename("demoidp/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final DemoEidAccounts accounts;

    DemoEidLoginPage(DemoEidAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(path = DemoEid.PATH + "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(HttpServletRequest request) {
        Locale locale = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("vi");
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean error = request.getParameter("error") != null;
        List<DemoAccount> people = accounts.listed();
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(text(locale, "demo-eid.title")).append("</h1>\n");
        if (error) {
            body.append("<div class=\"error\" role=\"alert\"><p>").append(text(locale, "demo-eid.error"))
                    .append("</p></div>\n");
        }
        body.append("<p class=\"notice\"><strong>").append(text(locale, "demo-eid.warning")).append("</strong></p>\n");
        body.append("<p>").append(text(locale, "demo-eid.levels")).append("</p>\n");
        if (people.isEmpty()) {
            body.append("<p>").append(text(locale, "demo-eid.nobody")).append("</p>\n");
        } else {
            body.append("<table><caption>").append(text(locale, "demo-eid.caption")).append("</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">").append(text(locale, "demo-eid.name")).append("</th>")
                    .append("<th scope=\"col\">").append(text(locale, "demo-eid.personal-id")).append("</th>")
                    .append("<th scope=\"col\">").append(text(locale, "demo-eid.birth-date")).append("</th>")
                    .append("<th scope=\"col\">").append(text(locale, "demo-eid.level")).append("</th>")
                    .append("<th scope=\"col\"><span class=\"hidden\">").append(text(locale, "demo-eid.action"))
                    .append("</span></th></tr></thead>\n<tbody>\n");
            for (DemoAccount person : people) {
                body.append("<tr data-personal-id=\"").append(escape(person.personalId())).append("\" data-level=\"")
                        .append(person.level()).append("\"><td>").append(escape(person.fullName())).append("</td><td>")
                        .append(escape(person.personalId())).append("</td><td>")
                        .append(person.birthDate() == null ? "" : person.birthDate().format(DATE)).append("</td><td>")
                        .append(text(locale, "demo-eid.level.value", person.level())).append("</td><td>")
                        .append("<form method=\"post\" action=\"").append(DemoEid.PATH).append("/login\">")
                        .append("<input type=\"hidden\" name=\"").append(escape(csrf.getParameterName()))
                        .append("\" value=\"").append(escape(csrf.getToken())).append("\">")
                        .append("<input type=\"hidden\" name=\"personalId\" value=\"")
                        .append(escape(person.personalId())).append("\">")
                        .append("<button class=\"button\" type=\"submit\">")
                        .append(text(locale, "demo-eid.login-as", person.fullName())).append("</button></form>")
                        .append("</td></tr>\n");
            }
            body.append("</tbody></table>\n");
        }
        String title = (error ? text(locale, "demo-eid.error-prefix") : "") + text(locale, "demo-eid.title");
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{font-family:"Be Vietnam Pro","Noto Sans",system-ui,sans-serif;margin:0;color:#0b0c0c;line-height:1.5}
                header{background:#6f3a00;color:#fff;padding:.75rem 1rem}main{max-width:60rem;margin:0 auto;padding:1rem}
                table{border-collapse:collapse;width:100%%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #b1b4b6}
                .button{background:#00703c;color:#fff;padding:.5rem .8rem;border:0;cursor:pointer;font-size:1rem}
                button:focus,a:focus{outline:3px solid #ffdd00;outline-offset:0}
                .notice{border-left:8px solid #d4351c;padding:.5rem 1rem}.error{border:4px solid #d4351c;padding:0 1rem}
                .hidden,.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#ffdd00;color:#0b0c0c}
                </style></head>
                <body><a class="skip" href="#main">%s</a>
                <header>%s</header>
                <main id="main">
                %s</main></body></html>
                """.formatted(locale.getLanguage(), title, text(locale, "demo-eid.skip"),
                text(locale, "demo-eid.header"), body);
    }

    /** An escaped message. */
    private static String text(Locale locale, String key, Object... args) {
        return escape(MESSAGES.getMessage(key, args, locale));
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
