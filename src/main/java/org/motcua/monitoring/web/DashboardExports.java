package org.motcua.monitoring.web;

import org.motcua.identity.Caller;
import org.motcua.monitoring.DirectivePlans;
import org.motcua.monitoring.GreenReport;
import org.motcua.monitoring.IndicatorReport;
import org.motcua.monitoring.Indicators;
import org.motcua.monitoring.Measure;
import org.motcua.monitoring.MonitoringAccess;
import org.motcua.monitoring.Period;
import org.motcua.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The CSV and XLSX downloads of every dashboard table, with the dashboards' access rules (the API's exports serve
 * HTTP clients; these serve the logged-in official's browser). The tables are the API's ({@link MonitoringTables}).
 */
@PageController
class DashboardExports {

    private static final Set<String> FORMATS = Set.of("csv", "xlsx");

    private final Indicators indicators;
    private final DirectivePlans plans;
    private final DashboardAccess access;
    private final MonitoringAccess monitoring;
    private final DashboardSections sections;
    private final MonitoringCallers callers;

    DashboardExports(Indicators indicators, DirectivePlans plans, DashboardAccess access, MonitoringAccess monitoring,
                     DashboardSections sections, MonitoringCallers callers) {
        this.indicators = indicators;
        this.plans = plans;
        this.access = access;
        this.monitoring = monitoring;
        this.sections = sections;
        this.callers = callers;
    }

    @GetMapping("/staff/dashboard/export")
    ResponseEntity<?> export(@RequestParam(required = false) String table, @RequestParam(required = false) String unit,
                             @RequestParam(required = false) String period,
                             @RequestParam(required = false) String procedure,
                             @RequestParam(required = false) String measure,
                             @RequestParam(required = false) String format, Authentication who) {
        Caller caller = callers.of(who);
        Optional<Period> parsed = PeriodPicker.parse(period);
        if (table == null || !FORMATS.contains(format) || parsed.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Period p = parsed.get();
        boolean city = unit == null || unit.equals(Indicators.CITY);
        if (city) {
            access.requireCityViewer(caller);
        } else {
            access.requireUnitViewer(caller, unit);
        }
        String u = city ? Indicators.CITY : unit;
        return TableExport.respond(format, null, () -> table(table, u, city, p, procedure, measure, caller));
    }

    private Table table(String table, String unit, boolean city, Period p, String procedure, String measure,
                        Caller caller) {
        switch (table) {
            case "indicators":
                return MonitoringTables.report(indicators.report(unit, p, caller));
            case "trend":
                Period span = PeriodPicker.trendSpan(p);
                return MonitoringTables.reports("trend-" + unit + "-" + p.label(), "month",
                        indicators.trend(unit, span, caller));
            case "procedures":
                return MonitoringTables.reports("procedures-" + unit + "-" + p.label(), "procedure",
                        indicators.procedures(unit, p, caller));
            case "ranking":
                requireCity(city);
                List<IndicatorReport> ranking = indicators.ranking(p, caller);
                return MonitoringTables.reports("ranking-" + p.label(), "unit", ranking);
            case "green":
                requireCity(city);
                GreenReport green = sections.greenReport(p, indicators.allUnits(p, caller), caller)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
                return MonitoringTables.green(green);
            case "directives":
                return MonitoringTables.directives(plans.plans(city ? null : unit, caller));
            case "dossiers":
                String m = measure == null || measure.isBlank() ? Measure.RECEIVED.key() : measure;
                if (!monitoring.maySeeDossiers(caller, city ? null : unit) || Measure.fromKey(m).isEmpty()
                        || (procedure != null && !procedure.matches("[A-Za-z0-9._-]{1,60}"))) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                return MonitoringTables.dossiers("dossiers-" + unit + "-" + p.label(),
                        indicators.dossiers(unit, procedure, p, m, 0, 1000, caller));
            default:
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static void requireCity(boolean city) {
        if (!city) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
