package org.motcua.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.documents.DocumentSearch;
import org.motcua.documents.SearchHit;
import org.motcua.identity.Caller;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Search across the unit's documents (number/symbol, summary, text inside the PDFs; diacritics ignored). */
@PageController
class SearchPage {

    private final Desks desks;
    private final DocumentSearch search;
    private final ZoneId zone;

    SearchPage(Desks desks, DocumentSearch search, @Value("${motcua.calendar.zone}") ZoneId zone) {
        this.desks = desks;
        this.search = search;
        this.zone = zone;
    }

    @GetMapping("/staff/documents/search")
    String search(@RequestParam(required = false) String unit, @RequestParam(required = false) String q,
                  Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Caller me = desks.caller(authentication);
        DocumentDesk desk = desks.of(me, unit, locale);
        String query = q == null ? "" : q.strip();
        FormErrors errors = FormErrors.none();
        List<ListRow> rows = null;
        if (q != null) {
            try {
                rows = search.search(desk.unit(), query, me).stream().map(this::row).toList();
            } catch (ProblemException problem) {
                if (problem.code() != org.motcua.problem.ErrorCode.INVALID_PARAMETER) {
                    throw PageProblems.onPage(problem);
                }
                errors.add("q", "documents.search.too-short");
                response.setStatus(400);
            }
        }
        model.addAttribute("desk", desk);
        model.addAttribute("q", query);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        return "documents/search";
    }

    private ListRow row(SearchHit hit) {
        boolean in = "incoming".equals(hit.kind());
        String link = in ? String.format("%02d", hit.number()) + (hit.symbol() == null ? "" : " – " + hit.symbol())
                : hit.symbol() == null ? hit.type() : hit.symbol();
        return new ListRow("/staff/documents/" + hit.kind() + "/" + hit.id(), link, "documents.kind." + hit.kind(),
                hit.summary(), Dates.when(hit.at(), zone));
    }
}
