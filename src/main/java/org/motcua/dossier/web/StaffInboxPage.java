package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierQueries;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.InboxFilter;
import org.motcua.dossier.InboxPage;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The staff inbox: what waits for the caller's roles in their units, the most urgent first, with the time left as
 * text and colour, filters (status, procedure, overdue only), the count of overdue dossiers and pages of 20.
 */
@PageController
class StaffInboxPage {

    static final int PAGE_SIZE = 20;

    private final DossierQueries queries;
    private final Actors actors;
    private final ZoneId zone;
    private final Clock clock;

    StaffInboxPage(DossierQueries queries, Actors actors, @Value("${motcua.calendar.zone}") ZoneId zone,
                   Optional<Clock> clock) {
        this.queries = queries;
        this.actors = actors;
        this.zone = zone;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/staff/inbox")
    String inbox(@RequestParam(required = false) String status, @RequestParam(required = false) String procedure,
                 @RequestParam(required = false) String overdue, @RequestParam(defaultValue = "1") String page,
                 Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Actor me = actors.of(authentication);
        FormErrors errors = FormErrors.none();
        Integer statusCode = null;
        if (status != null && !status.isBlank()) {
            statusCode = parse(status).filter(c -> DossierStatus.fromCode(c).isPresent()).orElse(null);
            if (statusCode == null) {
                errors.add("status", "dossier.inbox.status.invalid");
            }
        }
        String procedureCode = procedure == null || procedure.isBlank() ? null : procedure.strip();
        if (procedureCode != null && !procedureCode.matches("[A-Za-z0-9._-]{1,60}")) {
            errors.add("procedure", "dossier.inbox.procedure.invalid");
        }
        int pageNumber = parse(page).filter(p -> p >= 1).orElse(1);
        boolean overdueOnly = "true".equals(overdue);
        InboxFilter filter = errors.any() ? new InboxFilter(null, null, null)
                : new InboxFilter(statusCode, procedureCode, overdueOnly ? Boolean.TRUE : null);
        if (errors.any()) {
            response.setStatus(400);
        }
        InboxPage result = queries.inbox(me, filter, pageNumber - 1, PAGE_SIZE);
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("errors", errors);
        model.addAttribute("status", status == null ? "" : status.strip());
        model.addAttribute("procedure", procedure == null ? "" : procedure.strip());
        model.addAttribute("overdueOnly", overdueOnly);
        model.addAttribute("statuses", Arrays.stream(DossierStatus.values())
                .map(s -> new StatusOption(Integer.toString(s.code()), english ? s.nameEn() : s.nameVi())).toList());
        model.addAttribute("rows", result.items().stream()
                .map(i -> InboxRow.of(i, clock.instant(), zone, english)).toList());
        model.addAttribute("total", result.total());
        model.addAttribute("overdueCount", result.overdue());
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("pages", pages);
        model.addAttribute("previous", pageNumber > 1 ? link(status, procedure, overdueOnly, pageNumber - 1) : null);
        model.addAttribute("next", pageNumber < pages ? link(status, procedure, overdueOnly, pageNumber + 1) : null);
        return "dossier/inbox";
    }

    private static String link(String status, String procedure, boolean overdue, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/staff/inbox");
        if (status != null && !status.isBlank()) {
            uri.queryParam("status", status.strip());
        }
        if (procedure != null && !procedure.isBlank()) {
            uri.queryParam("procedure", procedure.strip());
        }
        if (overdue) {
            uri.queryParam("overdue", "true");
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    private static Optional<Integer> parse(String number) {
        try {
            return Optional.of(Integer.parseInt(number.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

}
