package org.motcua.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.feedback.Categories;
import org.motcua.feedback.FeedbackQueries;
import org.motcua.feedback.FeedbackRanking;
import org.motcua.feedback.ReportPage;
import org.motcua.feedback.ReportingCycle;
import org.motcua.feedback.UnitRanking;
import org.motcua.identity.Caller;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The city level of feedback, for the city administrator, the auditor and the hotline operators: unanswered reports
 * past their deadline across units, and the monthly ranking of units by on-time handling over the city's reporting
 * cycle (25th 12:00 to 25th 12:00), as a table and as CSV.
 */
@PageController
class CityFeedbackPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final FeedbackQueries queries;
    private final FeedbackRanking ranking;
    private final FeedbackCallers callers;
    private final FeedbackStaff staff;
    private final Categories categories;
    private final Units units;
    private final ZoneId zone;
    private final Clock clock;

    CityFeedbackPages(FeedbackQueries queries, FeedbackRanking ranking, FeedbackCallers callers, FeedbackStaff staff,
                      Categories categories, Units units, @Value("${motcua.calendar.zone}") ZoneId zone,
                      Optional<Clock> clock) {
        this.queries = queries;
        this.ranking = ranking;
        this.callers = callers;
        this.staff = staff;
        this.categories = categories;
        this.units = units;
        this.zone = zone;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/staff/feedback/city")
    String overdue(@RequestParam(defaultValue = "1") String page, Authentication authentication, Locale locale,
                   Model model) {
        Caller me = cityLevel(authentication);
        boolean english = "en".equals(locale.getLanguage());
        int pageNumber = StaffFeedbackInboxPage.number(page).filter(p -> p >= 1).orElse(1);
        int size = StaffFeedbackInboxPage.PAGE_SIZE;
        ReportPage result = queries.overdueAcrossUnits(me, pageNumber - 1, size);
        long pages = Math.max(1, (result.total() + size - 1) / size);
        model.addAttribute("rows", result.items().stream().map(e -> FeedbackInboxRow.of(e,
                categories.find(e.report().category()).map(c -> StaffFeedbackInboxPage.name(c, english))
                        .orElse(e.report().category()),
                e.report().unit() == null ? "" : units.find(e.report().unit())
                        .map(u -> english ? u.nameEn() : u.nameVi()).orElse(e.report().unit()),
                clock.instant(), zone)).toList());
        model.addAttribute("total", result.total());
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("pages", pages);
        model.addAttribute("previous", pageNumber > 1 ? "/staff/feedback/city?page=" + (pageNumber - 1) : null);
        model.addAttribute("next", pageNumber < pages ? "/staff/feedback/city?page=" + (pageNumber + 1) : null);
        return "feedback/staffCity";
    }

    @GetMapping("/staff/feedback/ranking")
    String ranking(@RequestParam(required = false) String cycle, Authentication authentication, Locale locale,
                   Model model, HttpServletResponse response) {
        cityLevel(authentication);
        FormErrors errors = FormErrors.none();
        YearMonth month = null;
        String given = StaffFeedbackInboxPage.trim(cycle);
        if (!given.isEmpty()) {
            month = month(given).orElse(null);
            if (month == null) {
                errors.add("cycle", "feedback.staff.ranking.cycle.invalid");
                response.setStatus(400);
            }
        }
        ReportingCycle c = ranking.cycle(month);
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("errors", errors);
        model.addAttribute("cycle", errors.any() ? given : c.month().toString());
        model.addAttribute("month", c.month().toString());
        model.addAttribute("start", WHEN.format(c.start().atZone(zone)));
        model.addAttribute("end", WHEN.format(c.end().atZone(zone)));
        model.addAttribute("rows", ranking.rank(c).stream().map(r -> english ? withEnglishName(r) : r).toList());
        model.addAttribute("previous", c.month().minusMonths(1).toString());
        model.addAttribute("next", c.month().plusMonths(1).toString());
        return "feedback/staffRanking";
    }

    @GetMapping("/staff/feedback/ranking.csv")
    ResponseEntity<byte[]> rankingCsv(@RequestParam(required = false) String cycle, Authentication authentication) {
        cityLevel(authentication);
        YearMonth month = null;
        if (cycle != null && !cycle.isBlank()) {
            month = month(cycle.strip()).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        }
        ReportingCycle c = ranking.cycle(month);
        StringBuilder csv = new StringBuilder("\uFEFFrank,unit,unit_name,due,on_time,late,on_time_rate\r\n");
        for (UnitRanking r : ranking.rank(c)) {
            csv.append(r.rank()).append(',').append(r.unit()).append(',').append(quote(r.unitName())).append(',')
                    .append(r.due()).append(',').append(r.onTime()).append(',').append(r.late()).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", r.onTimeRate())).append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"feedback-ranking-" + c.month()
                        + ".csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private UnitRanking withEnglishName(UnitRanking r) {
        String name = units.find(r.unit()).map(Unit::nameEn).orElse(r.unitName());
        return new UnitRanking(r.rank(), r.unit(), name, r.due(), r.onTime(), r.late(), r.onTimeRate());
    }

    private Caller cityLevel(Authentication authentication) {
        Caller me = callers.of(authentication);
        if (!staff.cityLevel(me)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return me;
    }

    private static Optional<YearMonth> month(String value) {
        try {
            YearMonth m = YearMonth.parse(value);
            return m.getYear() < 2000 || m.getYear() > 2100 ? Optional.empty() : Optional.of(m);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A CSV field, quoted; a leading formula character is neutralised for spreadsheets. */
    private static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
