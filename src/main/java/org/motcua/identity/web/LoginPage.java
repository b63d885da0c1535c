package org.motcua.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.motcua.identity.LoginOptions;
import org.motcua.identity.LoginRefusal;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.motcua.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page: the e-ID for citizens and businesses, the city's provider for staff, and why the last attempt was
 * refused (never the provider's own error text).
 */
@PageController
class LoginPage {

    private final LoginOptions options;

    LoginPage(LoginOptions options) {
        this.options = options;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(HttpServletRequest request, Model model) {
        String refusal = request.getParameter("error") != null ? refusal(request.getSession(false)) : null;
        model.addAttribute("refusalKey", request.getParameter("unavailable") != null ? "login.unavailable" : refusal);
        model.addAttribute("loggedOut", request.getParameter("logout") != null);
        model.addAttribute("citizenLogin", options.citizenLogin());
        model.addAttribute("staffLogin", options.staffLogin());
        model.addAttribute("demoProvider", options.demoProvider());
        model.addAttribute("citizenPath", LoginOptions.CITIZEN_LOGIN_PATH);
        model.addAttribute("staffPath", LoginOptions.STAFF_LOGIN_PATH);
        return "identity/login";
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
