package org.motcua.dossier.web;

import org.motcua.dossier.DossierQueries;
import org.motcua.dossier.DossierView;
import org.motcua.web.PageController;
import org.motcua.dossier.web.ApplyViews.Confirmation;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The confirmation after an online submission: the dossier code, the appointment date when there is one, what
 * happens next, the receipt (form 01) and, when a fee is owed at submission, the way to pay it.
 */
@PageController
class SubmittedPage {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final DossierQueries queries;
    private final Actors actors;

    SubmittedPage(DossierQueries queries, Actors actors) {
        this.queries = queries;
        this.actors = actors;
    }


    @GetMapping("/my/dossiers/{code}/submitted")
    String submitted(@PathVariable String code, Authentication who, Locale locale, Model model) {
        DossierView d = queries.view(code, actors.of(who));
        boolean en = "en".equals(locale.getLanguage());
        boolean owes = d.feesDueVnd() > 0 && !d.feePaidOnline();
        model.addAttribute("confirmation", new Confirmation(d.code(),
                en ? d.procedure().nameEn() : d.procedure().name(),
                d.appointmentAt() == null ? null : DATE.format(d.appointmentAt().atZone(ZONE)),
                owes ? FeeRows.vnd(d.feesDueVnd()) : null, owes && d.feeAtSubmission(),
                // form 01 (giấy tiếp nhận) exists once the desk has received the dossier
                d.receivedAt() == null ? null : "/api/v1/dossiers/" + d.code() + "/forms/01"));
        return "dossier/applySubmitted";
    }
}
