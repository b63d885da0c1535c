package org.motcua.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.identity.Caller;
import org.motcua.identity.Callers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Who is logged in, what their e-ID level allows, and the way out. */
@Controller
class AccountPage {

    private final Callers callers;

    AccountPage(Callers callers) {
        this.callers = callers;
    }

    @GetMapping(path = "/account", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String account(Authentication authentication, HttpServletRequest request) {
        Caller caller = callers.of(authentication);
        Page page = new Page(LocaleContextHolder.getLocale());
        page.say("h1", "account.title").raw("<dl>");
        item(page, "account.name", caller.displayName());
        Caller.CitizenIdentity citizen = caller.citizen();
        if (citizen != null) {
            item(page, citizen.isOrganisation() ? "account.tax-code" : "account.personal-id", caller.id());
            if (citizen.birthDate() != null) {
                item(page, "account.birth-date", citizen.birthDate().toString());
            }
            item(page, "account.level", page.text("account.level.value", citizen.level()));
        } else {
            item(page, "account.username", caller.id());
        }
        page.raw("</dl>");
        if (citizen != null && citizen.level() < 2) {
            page.raw("<div class=\"notice\"><p>" + Page.escape(page.text("account.level1")) + "</p></div>");
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        page.raw("<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"" + Page.escape(csrf.getParameterName())
                + "\" value=\"" + Page.escape(csrf.getToken()) + "\"><button class=\"button secondary\" type=\"submit\">"
                + Page.escape(page.text("account.logout")) + "</button></form>");
        return page.render("account.title", false);
    }

    private static void item(Page page, String labelKey, String value) {
        page.raw("<dt>" + Page.escape(page.text(labelKey)) + "</dt><dd>" + Page.escape(value) + "</dd>");
    }
}
