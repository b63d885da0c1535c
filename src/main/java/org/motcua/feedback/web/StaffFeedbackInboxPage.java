package org.motcua.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.feedback.Categories;
import org.motcua.feedback.Category;
import org.motcua.feedback.FeedbackQueries;
import org.motcua.feedback.FeedbackStatus;
import org.motcua.feedback.ReportPage;
import org.motcua.identity.Caller;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit's feedback inbox: reports assigned to the official's units, the nearest deadline first, with the time left
 * as text and colour, filters (status, category, overdue only), the overdue count, pages of 20 and possible
 * duplicates flagged.
 */
@PageController
class StaffFeedbackInboxPage {

    static final int PAGE_SIZE = 20;

    private final FeedbackQueries queries;
    private final FeedbackCallers callers;
    private final FeedbackStaff staff;
    private final Categories categories;
    private final Units units;
    private final ZoneId zone;
    private final Clock clock;

    StaffFeedbackInboxPage(FeedbackQueries queries, FeedbackCallers callers, FeedbackStaff staff,
                           Categories categories, Units units, @Value("${motcua.calendar.zone}") ZoneId zone,
                           Optional<Clock> clock) {
        this.queries = queries;
        this.callers = callers;
        this.staff = staff;
        this.categories = categories;
        this.units = units;
        this.zone = zone;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/staff/feedback")
    String inbox(@RequestParam(required = false) String status, @RequestParam(required = false) String category,
                 @RequestParam(required = false) String overdue, @RequestParam(defaultValue = "1") String page,
                 Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Caller me = callers.of(authentication);
        if (!staff.hasInbox(me)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean english = "en".equals(locale.getLanguage());
        FormErrors errors = FormErrors.none();
        String statusName = trim(status);
        FeedbackStatus chosenStatus = null;
        if (!statusName.isEmpty()) {
            chosenStatus = Arrays.stream(FeedbackStatus.values()).filter(s -> s.name().equals(statusName))
                    .findFirst().orElse(null);
            if (chosenStatus == null) {
                errors.add("status", "feedback.staff.inbox.status.invalid");
            }
        }
        String categoryCode = trim(category);
        if (!categoryCode.isEmpty() && categories.find(categoryCode).isEmpty()) {
            errors.add("category", "feedback.staff.inbox.category.invalid");
        }
        boolean overdueOnly = "true".equals(overdue);
        int pageNumber = number(page).filter(p -> p >= 1).orElse(1);
        if (errors.any()) {
            response.setStatus(400);
            chosenStatus = null;
            pageNumber = 1;
        }
        ReportPage result = queries.unitInbox(me, chosenStatus,
                errors.any() || categoryCode.isEmpty() ? null : categoryCode, !errors.any() && overdueOnly,
                pageNumber - 1, PAGE_SIZE);
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("errors", errors);
        model.addAttribute("status", statusName);
        model.addAttribute("statuses", Arrays.stream(FeedbackStatus.values())
                .filter(s -> s != FeedbackStatus.RECEIVED)
                .map(s -> new Option(s.name(), "feedback.status." + s.name(), s.name().equals(statusName))).toList());
        model.addAttribute("category", categoryCode);
        model.addAttribute("categories", categories.all().stream()
                .map(c -> new Option(c.code(), (c.leaf() ? "– " : "") + name(c, english), c.code().equals(categoryCode)))
                .toList());
        model.addAttribute("overdueOnly", overdueOnly);
        model.addAttribute("units", me.grants().stream().map(g -> g.unitSlug()).distinct()
                .map(s -> units.find(s).map(Unit::nameVi).orElse(s)).toList());
        model.addAttribute("rows", result.items().stream().map(e -> FeedbackInboxRow.of(e,
                categories.find(e.report().category()).map(c -> name(c, english)).orElse(e.report().category()),
                unitName(e.report().unit()), clock.instant(), zone)).toList());
        model.addAttribute("total", result.total());
        model.addAttribute("overdueCount", result.overdue());
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("pages", pages);
        model.addAttribute("previous", pageNumber > 1
                ? link(statusName, categoryCode, overdueOnly, pageNumber - 1) : null);
        model.addAttribute("next", pageNumber < pages
                ? link(statusName, categoryCode, overdueOnly, pageNumber + 1) : null);
        return "feedback/staffInbox";
    }

    private String unitName(String slug) {
        return slug == null ? "" : units.find(slug).map(Unit::nameVi).orElse(slug);
    }

    static String name(Category c, boolean english) {
        return english ? c.nameEn() : c.nameVi();
    }

    private static String link(String status, String category, boolean overdue, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/staff/feedback");
        if (!status.isEmpty()) {
            uri.queryParam("status", status);
        }
        if (!category.isEmpty()) {
            uri.queryParam("category", category);
        }
        if (overdue) {
            uri.queryParam("overdue", "true");
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    static Optional<Integer> number(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
