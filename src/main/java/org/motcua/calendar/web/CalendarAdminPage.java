package org.motcua.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.calendar.CalendarDay;
import org.motcua.calendar.CalendarMaintenance;
import org.motcua.calendar.WorkingCalendars;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The city admin's calendar page: the holidays and swapped working days of a year, a form to add one, and a button
 * to remove each. {@link CalendarMaintenance} validates and audits; deadlines computed after a change use it, those
 * already computed keep theirs (the page says so).
 */
@PageController
class CalendarAdminPage {

    private static final Set<String> DONE = Set.of("added", "removed");

    private final CalendarMaintenance maintenance;
    private final WorkingCalendars calendars;

    CalendarAdminPage(CalendarMaintenance maintenance, WorkingCalendars calendars) {
        this.maintenance = maintenance;
        this.calendars = calendars;
    }

    @GetMapping("/staff/admin/calendar")
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String done,
                Authentication who, Locale locale, Model model, HttpServletResponse response) {
        requireCityAdmin(who);
        FormErrors errors = FormErrors.none();
        int shown = thisYear();
        if (year != null && !year.isBlank()) {
            Integer wanted = number(year.strip());
            if (wanted == null || wanted < CalendarMaintenance.FIRST_YEAR || wanted > CalendarMaintenance.LAST_YEAR) {
                errors.add("year", "calendar.admin.year.invalid");
                response.setStatus(400);
            } else {
                shown = wanted;
            }
        }
        model.addAttribute("done", done != null && DONE.contains(done) ? "calendar.admin.done." + done : null);
        return page(model, locale, shown, year == null ? Integer.toString(shown) : year.strip(),
                new CalendarDayForm("", "holiday", "", ""), errors, FormErrors.none());
    }

    @PostMapping("/staff/admin/calendar")
    String add(@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String kind,
               @RequestParam(defaultValue = "") String nameVi, @RequestParam(defaultValue = "") String nameEn,
               Authentication who, Locale locale, Model model, HttpServletResponse response) {
        requireCityAdmin(who);
        CalendarDayForm form = new CalendarDayForm(date.strip(), kind.strip(), nameVi, nameEn);
        FormErrors errors = FormErrors.none();
        LocalDate day = parse(form.date());
        if (day == null) {
            errors.add("date", "calendar.admin.date.invalid");
        } else if (maintenance.find(day).isPresent()) {
            errors.add("date", "calendar.admin.date.taken");
        }
        if (!"holiday".equals(form.kind()) && !"working_day".equals(form.kind())) {
            errors.add("kind", "calendar.admin.kind.missing");
        }
        if (nameVi.isBlank()) {
            errors.add("nameVi", "calendar.admin.name-vi.missing");
        }
        if (nameEn.isBlank()) {
            errors.add("nameEn", "calendar.admin.name-en.missing");
        }
        if (!errors.any()) {
            try {
                maintenance.set(day, form.kind(), nameVi, nameEn, who.getName());
                return "redirect:/staff/admin/calendar?year=" + day.getYear() + "&done=added";
            } catch (ProblemException e) {
                if (e.code() != ErrorCode.INVALID_CALENDAR_DAY) {
                    throw e;
                }
                for (FieldProblem problem : e.errors()) {
                    errors.add(problem.field(), switch (problem.field()) {
                        case "date" -> "calendar.admin.date.range";
                        case "kind" -> "calendar.admin.kind.weekday";
                        case "nameVi" -> "calendar.admin.name-vi.missing";
                        default -> "calendar.admin.name-en.missing";
                    });
                }
            }
        }
        response.setStatus(400);
        int shown = day != null && day.getYear() >= CalendarMaintenance.FIRST_YEAR
                && day.getYear() <= CalendarMaintenance.LAST_YEAR ? day.getYear() : thisYear();
        model.addAttribute("done", null);
        return page(model, locale, shown, Integer.toString(shown), form, FormErrors.none(), errors);
    }

    @PostMapping("/staff/admin/calendar/{date}/remove")
    String remove(@PathVariable String date, Authentication who) {
        requireCityAdmin(who);
        LocalDate day = parse(date);
        if (day == null || maintenance.find(day).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        maintenance.remove(day, who.getName());
        return "redirect:/staff/admin/calendar?year=" + day.getYear() + "&done=removed";
    }

    private String page(Model model, Locale locale, int year, String yearText, CalendarDayForm form,
                        FormErrors yearErrors, FormErrors errors) {
        boolean english = "en".equals(locale.getLanguage());
        List<CalendarDayRow> rows = maintenance.daysOf(year).stream().map(d -> CalendarDayRow.of(d, english)).toList();
        FormErrors all = FormErrors.none();
        yearErrors.all().forEach(e -> all.add(e.field(), e.messageKey()));
        errors.all().forEach(e -> all.add(e.field(), e.messageKey()));
        model.addAttribute("year", year);
        model.addAttribute("yearText", yearText);
        model.addAttribute("rows", rows);
        model.addAttribute("form", form);
        model.addAttribute("errors", all);
        return "calendar/admin";
    }

    private int thisYear() {
        return LocalDate.now(calendars.current().zone()).getYear();
    }

    private static void requireCityAdmin(Authentication who) {
        if (who.getAuthorities().stream().noneMatch(a -> "ROLE_CITY_ADMIN".equals(a.getAuthority()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
