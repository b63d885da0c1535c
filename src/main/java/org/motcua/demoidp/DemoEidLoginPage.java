package org.motcua.demoidp;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.demoidp.web.DemoPersonRow;
import org.motcua.web.PageController;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The demo provider's login page: people of the demo population with their personal ID and identity level; choosing
 * one logs in as them. It says plainly that this is a demo without passwords.
 */
@PageController
@Conditional(DemoEidEnabled.class)
class DemoEidLoginPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DemoEidAccounts accounts;

    DemoEidLoginPage(DemoEidAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(path = DemoEid.PATH + "/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(HttpServletRequest request, Model model) {
        List<DemoPersonRow> people = accounts.listed().stream().map(p -> new DemoPersonRow(p.personalId(),
                p.fullName(), p.birthDate() == null ? "" : p.birthDate().format(DATE), p.level())).toList();
        model.addAttribute("error", request.getParameter("error") != null);
        model.addAttribute("action", DemoEid.PATH + "/login");
        model.addAttribute("people", people);
        return "demoidp/login";
    }
}
