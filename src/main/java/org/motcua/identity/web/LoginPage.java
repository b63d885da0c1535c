package org.motcua.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.motcua.identity.LoginOptions;
import org.motcua.identity.LoginRefusal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The login page: the e-ID for citizens and businesses, the city's provider for staff, and why the last attempt was
 * refused (never the provider's own error text).
 */
@Controller
class LoginPage {

    private final LoginOptions options;

    LoginPage(LoginOptions options) {
        this.options = options;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(HttpServletRequest request) {
        Page page = new Page(LocaleContextHolder.getLocale());
        String refusal = request.getParameter("error") != null ? refusal(request.getSession(false)) : null;
        boolean unavailable = request.getParameter("unavailable") != null;
        page.say("h1", "login.title");
        if (refusal != null || unavailable) {
            page.raw("<div class=\"error\" role=\"alert\" tabindex=\"-1\"><h2>" + Page.escape(page.text("login.problem"))
                    + "</h2><p>" + Page.escape(page.text(unavailable ? "login.unavailable" : refusal)) + "</p></div>");
        }
        if (request.getParameter("logout") != null) {
            page.raw("<p class=\"notice\" role=\"status\">" + Page.escape(page.text("login.logged-out")) + "</p>");
        }
        if (options.citizenLogin()) {
            page.say("h2", "login.citizen.title").say("p", "login.citizen.hint")
                    .raw("<p><a class=\"button\" href=\"" + LoginOptions.CITIZEN_LOGIN_PATH + "\">"
                            + Page.escape(page.text("login.citizen.button")) + "</a></p>");
            if (options.demoProvider()) {
                page.raw("<p class=\"notice\">" + Page.escape(page.text("login.citizen.demo")) + "</p>");
            }
        }
        if (options.staffLogin()) {
            page.say("h2", "login.staff.title")
                    .raw("<p><a class=\"button secondary\" href=\"" + LoginOptions.STAFF_LOGIN_PATH + "\">"
                            + Page.escape(page.text("login.staff.button")) + "</a></p>");
        }
        if (!options.citizenLogin() && !options.staffLogin()) {
            page.say("p", "login.none");
        }
        return page.render("login.title", refusal != null || unavailable);
    }

    /** The message key explaining the last refused login. */
    private static String refusal(HttpSession session) {
        Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (last instanceof OAuth2AuthenticationException oauth) {
            return LoginRefusal.fromCode(oauth.getError().getErrorCode())
                    .map(r -> "login.refused." + r.code()).orElse("login.refused.other");
        }
        return "login.refused.other";
    }
}
