package org.motcua.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.identity.Caller;
import org.motcua.monitoring.DirectivePlans;
import org.motcua.monitoring.AllUnits;
import org.motcua.monitoring.GreenReport;
import org.motcua.monitoring.IndicatorReport;
import org.motcua.monitoring.Indicators;
import org.motcua.monitoring.MonitoringAccess;
import org.motcua.monitoring.Period;
import org.motcua.organization.Unit;
import org.motcua.organization.UnitType;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The staff dashboards: the city's (index, trend, ranking of units, green units, directive plans) and a unit's (the
 * same limited to the unit, with its rank among its peers, and the progress report form for its leaders).
 */
@PageController
class DashboardPages {

    private final Indicators indicators;
    private final DirectivePlans plans;
    private final Units units;
    private final DashboardAccess access;
    private final MonitoringAccess monitoring;
    private final DashboardSections sections;
    private final MonitoringCallers callers;
    private final MessageSource messages;

    DashboardPages(Indicators indicators, DirectivePlans plans, Units units, DashboardAccess access,
                   MonitoringAccess monitoring, DashboardSections sections, MonitoringCallers callers,
                   MessageSource messages) {
        this.indicators = indicators;
        this.plans = plans;
        this.units = units;
        this.access = access;
        this.monitoring = monitoring;
        this.sections = sections;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/staff/dashboard")
    String home(Authentication who) {
        return "redirect:" + access.home(callers.of(who))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/staff/dashboard/city")
    String city(@RequestParam(required = false) String period, Authentication who, Model model,
                Locale locale, HttpServletResponse response) {
        Caller caller = callers.of(who);
        access.requireCityViewer(caller);
        Unit city = units.city();
        Optional<Period> p = period(period, model, response);
        model.addAttribute("unitName", city.nameVi());
        model.addAttribute("cityAdmin", monitoring.isCityAdmin(caller));
        if (p.isEmpty()) {
            return "monitoring/dashboardCity";
        }
        String label = p.get().label();
        IndicatorReport report = indicators.report(Indicators.CITY, p.get(), caller);
        String dossiers = monitoring.maySeeDossiers(caller, null)
                ? DashboardFigures.query("unit", Indicators.CITY, "period", label) : null;
        model.addAttribute("index", DashboardFigures.index(report, dossiers,
                DashboardFigures.query("table", "indicators", "unit", Indicators.CITY, "period", label)));
        model.addAttribute("trend", DashboardTrends.of(indicators.trend(Indicators.CITY,
                PeriodPicker.trendSpan(p.get()), caller), messages, locale,
                DashboardFigures.query("table", "trend", "unit", Indicators.CITY, "period", label)));
        // the ranking and the green units from the same reports, read once
        AllUnits all = indicators.allUnits(p.get(), caller);
        model.addAttribute("ranking", DashboardSections.ranking(all.ranking(),
                u -> DashboardSections.unitHref(u, label)));
        model.addAttribute("rankingExport", DashboardFigures.query("table", "ranking", "unit", Indicators.CITY,
                "period", label));
        model.addAttribute("green", sections.green(sections.greenReport(p.get(), all, caller), null, label));
        model.addAttribute("plans", sections.plans(null, caller));
        model.addAttribute("plansExport", DashboardFigures.query("table", "directives", "unit", Indicators.CITY,
                "period", label));
        return "monitoring/dashboardCity";
    }

    @GetMapping("/staff/dashboard/units/{unit}")
    String unit(@PathVariable String unit, @RequestParam(required = false) String period,
                @RequestParam(required = false) Long reported, Authentication who, Model model,
                Locale locale, HttpServletResponse response) {
        Caller caller = callers.of(who);
        Unit u = access.requireUnitViewer(caller, unit);
        model.addAttribute("reported", reported);
        return renderUnit(u, caller, period, model, locale, response, FormErrors.none(), null, "", "");
    }

    /** A leader of the task's unit reports its progress (100 % completes it). */
    @PostMapping("/staff/dashboard/units/{unit}/plans/{plan}/tasks/{task}")
    String report(@PathVariable String unit, @PathVariable long plan, @PathVariable long task,
                  @RequestParam Map<String, String> form, Authentication who, Model model,
                  Locale locale, HttpServletResponse response) {
        Caller caller = callers.of(who);
        Unit u = access.requireUnitViewer(caller, unit);
        if (!access.leaderOf(caller, u.slug())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String period = form.get("period");
        String note = form.getOrDefault("note-" + task, "");
        FormErrors errors = FormErrors.none();
        Integer percent = null;
        String p = form.getOrDefault("progress-" + task, "").strip();
        if (p.isEmpty()) {
            errors.add("progress-" + task, "monitoring.dashboard.task.progress.missing");
        } else {
            try {
                percent = Integer.valueOf(p.endsWith("%") ? p.substring(0, p.length() - 1).strip() : p);
            } catch (NumberFormatException e) {
                errors.add("progress-" + task, "monitoring.dashboard.task.progress.invalid");
            }
        }
        if (note.isBlank()) {
            errors.add("note-" + task, "monitoring.dashboard.task.note.missing");
        }
        if (!errors.any()) {
            try {
                plans.report(plan, task, percent, note, caller);
                return "redirect:/staff/dashboard/units/" + u.slug() + "?" + DashboardFigures.query("period",
                        PeriodPicker.parse(period).map(Period::label).orElse(null), "reported", Long.toString(task))
                        + "#tasks";
            } catch (ProblemException e) {
                if (e.code() == ErrorCode.DIRECTIVE_PLAN_NOT_FOUND || e.code() == ErrorCode.DIRECTIVE_TASK_NOT_FOUND
                        || e.code() == ErrorCode.FORBIDDEN) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                if (e.code() == ErrorCode.DIRECTIVE_TASK_COMPLETED) {
                    errors.add("progress-" + task, "monitoring.dashboard.task.completed");
                } else {
                    for (FieldProblem f : e.errors()) {
                        if (f.field().equals("note")) {
                            errors.add("note-" + task, "monitoring.dashboard.task.note.missing");
                        } else {
                            errors.add("progress-" + task, "monitoring.dashboard.task.progress.invalid");
                        }
                    }
                    if (!errors.any()) {
                        throw e;
                    }
                }
            }
        }
        model.addAttribute("reported", null);
        String view = renderUnit(u, caller, period, model, locale, response, errors, task, p, note);
        response.setStatus(400);
        return view;
    }

    private String renderUnit(Unit u, Caller caller, String period, Model model, Locale locale,
                              HttpServletResponse response,
                              FormErrors taskErrors, Long taskInForm, String progress, String note) {
        Optional<Period> p = period(period, model, response);
        model.addAttribute("unit", u.slug());
        model.addAttribute("unitName", u.nameVi());
        model.addAttribute("cityViewer", access.cityViewer(caller));
        model.addAttribute("wardLevel", u.type().isWardLevel());
        model.addAttribute("taskErrors", taskErrors);
        model.addAttribute("taskInForm", taskInForm);
        model.addAttribute("taskProgress", progress);
        model.addAttribute("taskNote", note);
        model.addAttribute("plans", sections.plans(u.slug(), caller));
        if (p.isEmpty()) {
            return "monitoring/dashboardUnit";
        }
        String label = p.get().label();
        model.addAttribute("period", label);
        model.addAttribute("periodGroups", PeriodPicker.options(label));
        IndicatorReport report = indicators.report(u.slug(), p.get(), caller);
        String dossiers = monitoring.maySeeDossiers(caller, u.slug())
                ? DashboardFigures.query("unit", u.slug(), "period", label) : null;
        model.addAttribute("index", DashboardFigures.index(report, dossiers,
                DashboardFigures.query("table", "indicators", "unit", u.slug(), "period", label)));
        model.addAttribute("trend", DashboardTrends.of(indicators.trend(u.slug(), PeriodPicker.trendSpan(p.get()),
                caller), messages, locale,
                DashboardFigures.query("table", "trend", "unit", u.slug(), "period", label)));
        AllUnits all = indicators.allUnits(p.get(), caller);
        List<IndicatorReport> peers = all.ranking().stream()
                .filter(r -> r.index().total() != null)
                .filter(r -> units.find(r.unit()).map(x -> peers(x.type(), u.type())).orElse(false)).toList();
        int rank = 0;
        for (int i = 0; i < peers.size(); i++) {
            if (peers.get(i).unit().equals(u.slug())) {
                rank = i + 1;
            }
        }
        model.addAttribute("rank", rank);
        model.addAttribute("peers", peers.size());
        model.addAttribute("peersKey", u.type().isWardLevel() ? "monitoring.dashboard.rank.wardLevel"
                : u.type() == UnitType.DEPARTMENT ? "monitoring.dashboard.rank.department"
                : "monitoring.dashboard.rank.other");
        String slug = u.slug();
        model.addAttribute("procedures", DashboardSections.ranking(indicators.procedures(slug, p.get(), caller),
                code -> "/staff/dashboard/units/" + slug + "/procedures/" + code + "?"
                        + DashboardFigures.query("period", label)));
        model.addAttribute("proceduresExport", DashboardFigures.query("table", "procedures", "unit", slug,
                "period", label));
        Optional<GreenReport> green = u.type().isWardLevel() ? sections.greenReport(p.get(), all, caller)
                : Optional.empty();
        model.addAttribute("green", sections.green(green, slug, label));
        model.addAttribute("isGreen", green.map(g -> g.greenUnits().contains(slug)).orElse(false));
        model.addAttribute("plansExport", DashboardFigures.query("table", "directives", "unit", slug,
                "period", label));
        return "monitoring/dashboardUnit";
    }

    private static boolean peers(UnitType a, UnitType b) {
        return a.isWardLevel() ? b.isWardLevel() : a == b;
    }

    /** The period asked for, or empty with the error on the picker (status 400). */
    static Optional<Period> period(String asked, Model model, HttpServletResponse response) {
        Optional<Period> p = PeriodPicker.parse(asked);
        String label = p.map(Period::label).orElse(asked == null ? null : asked.strip());
        model.addAttribute("period", label);
        model.addAttribute("periodGroups", PeriodPicker.options(label));
        model.addAttribute("errors", p.isPresent() ? FormErrors.none()
                : FormErrors.none().add("period", "monitoring.page.period.invalid"));
        if (p.isEmpty()) {
            response.setStatus(400);
        }
        return p;
    }

}
