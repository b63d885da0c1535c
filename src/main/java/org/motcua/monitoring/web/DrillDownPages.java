package org.motcua.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.identity.Caller;
import org.motcua.monitoring.DossierRow;
import org.motcua.monitoring.IndicatorReport;
import org.motcua.monitoring.Indicators;
import org.motcua.monitoring.Measure;
import org.motcua.monitoring.MonitoringAccess;
import org.motcua.monitoring.Period;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Optional;

/** The drill-down below a unit's dashboard: one procedure's numbers, then the dossiers behind a number. */
@PageController
class DrillDownPages {

    static final int PAGE_SIZE = 50;

    private final Indicators indicators;
    private final Units units;
    private final DashboardAccess access;
    private final MonitoringAccess monitoring;
    private final MonitoringCallers callers;

    DrillDownPages(Indicators indicators, Units units, DashboardAccess access, MonitoringAccess monitoring,
                   MonitoringCallers callers) {
        this.indicators = indicators;
        this.units = units;
        this.access = access;
        this.monitoring = monitoring;
        this.callers = callers;
    }

    @GetMapping("/staff/dashboard/units/{unit}/procedures/{procedure}")
    String procedure(@PathVariable String unit, @PathVariable String procedure,
                     @RequestParam(required = false) String period, Authentication who, Model model,
                     HttpServletResponse response) {
        Caller caller = callers.of(who);
        Unit u = access.requireUnitViewer(caller, unit);
        model.addAttribute("unit", u.slug());
        model.addAttribute("unitName", u.nameVi());
        model.addAttribute("procedure", procedure);
        Optional<Period> p = DashboardPages.period(period, model, response);
        Optional<IndicatorReport> report = p.isEmpty() ? Optional.empty()
                : indicators.procedures(u.slug(), p.get(), caller).stream()
                .filter(r -> r.unit().equals(procedure)).findFirst();
        model.addAttribute("procedureName", report.map(IndicatorReport::unitName).orElse(procedure));
        model.addAttribute("unitHref", DashboardSections.unitHref(u.slug(), p.map(Period::label).orElse(null)));
        String label = p.map(Period::label).orElse(null);
        String dossiers = monitoring.maySeeDossiers(caller, u.slug())
                ? DashboardFigures.query("unit", u.slug(), "procedure", procedure, "period", label) : null;
        model.addAttribute("index", report.map(r -> DashboardFigures.index(r, dossiers, null)).orElse(null));
        return "monitoring/dashboardProcedure";
    }

    @GetMapping("/staff/dashboard/dossiers")
    String dossiers(@RequestParam(required = false) String unit, @RequestParam(required = false) String procedure,
                    @RequestParam(required = false) String measure, @RequestParam(required = false) String period,
                    @RequestParam(defaultValue = "1") String page, Authentication who, Model model) {
        Caller caller = callers.of(who);
        String slug = unit == null || unit.equals(Indicators.CITY) ? null : unit;
        String name;
        if (slug == null) {
            access.requireCityViewer(caller);
            name = units.city().nameVi();
        } else {
            name = access.requireUnitViewer(caller, slug).nameVi();
        }
        Optional<Measure> m = measure == null || measure.isBlank() ? Optional.of(Measure.RECEIVED)
                : Measure.fromKey(measure);
        Optional<Period> p = PeriodPicker.parse(period);
        int number = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
        if (!monitoring.maySeeDossiers(caller, slug) || m.isEmpty() || p.isEmpty() || number < 1
                || (procedure != null && !procedure.matches("[A-Za-z0-9._-]{1,60}"))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<DossierRow> rows = indicators.dossiers(slug == null ? Indicators.CITY : slug, procedure, p.get(),
                m.get().key(), number - 1, PAGE_SIZE + 1, caller);
        String label = p.get().label();
        String base = DashboardFigures.query("unit", slug == null ? Indicators.CITY : slug, "procedure", procedure,
                "measure", m.get().key(), "period", label);
        model.addAttribute("unitName", name);
        model.addAttribute("period", label);
        model.addAttribute("measureKey", "monitoring.metric." + m.get().key());
        model.addAttribute("measureLabelKey", "monitoring.dashboard.measure." + m.get().key());
        model.addAttribute("procedure", procedure);
        model.addAttribute("back", slug == null ? "/staff/dashboard/city?" + DashboardFigures.query("period", label)
                : procedure == null ? DashboardSections.unitHref(slug, label)
                : "/staff/dashboard/units/" + slug + "/procedures/" + procedure + "?"
                + DashboardFigures.query("period", label));
        model.addAttribute("dossiers", rows.stream().limit(PAGE_SIZE).map(d -> new DossierLine(d.code(),
                "/staff/dossiers/" + d.code(), d.unit(), d.procedureName(), d.month().toString(),
                d.countedAs().stream().map(k -> "monitoring.dashboard.measure." + k).toList())).toList());
        model.addAttribute("pageNumber", number);
        model.addAttribute("previous", number > 1 ? "/staff/dashboard/dossiers?" + base + "&page=" + (number - 1)
                : null);
        model.addAttribute("next", rows.size() > PAGE_SIZE ? "/staff/dashboard/dossiers?" + base + "&page="
                + (number + 1) : null);
        model.addAttribute("exportQuery", "table=dossiers&" + base);
        return "monitoring/dashboardDossiers";
    }
}
