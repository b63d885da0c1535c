package org.motcua.identity.web;

import org.motcua.identity.Caller;
import org.motcua.identity.Callers;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.motcua.web.PageController;
import org.springframework.context.MessageSource;
import org.motcua.web.SummaryRow;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Who is logged in, what their e-ID level allows, and the way out. */
@PageController
class AccountPage {

    private final Callers callers;
    private final MessageSource messages;

    AccountPage(Callers callers, MessageSource messages) {
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping(path = "/account", produces = MediaType.TEXT_HTML_VALUE)
    String account(Authentication authentication, Locale locale, Model model) {
        Caller caller = callers.of(authentication);
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("account.name", caller.displayName(), null));
        Caller.CitizenIdentity citizen = caller.citizen();
        if (citizen != null) {
            rows.add(new SummaryRow(citizen.isOrganisation() ? "account.tax-code" : "account.personal-id", caller.id(),
                    null));
            if (citizen.birthDate() != null) {
                rows.add(new SummaryRow("account.birth-date", citizen.birthDate().toString(), null));
            }
            rows.add(new SummaryRow("account.level",
                    messages.getMessage("account.level.value", new Object[]{citizen.level()}, locale), null));
        } else {
            rows.add(new SummaryRow("account.username", caller.id(), null));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("levelTooLow", citizen != null && citizen.level() < 2);
        return "identity/account";
    }
}
