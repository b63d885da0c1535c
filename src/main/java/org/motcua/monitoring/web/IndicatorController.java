package org.motcua.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.monitoring.IndicatorReport;
import org.motcua.monitoring.Indicators;
import org.motcua.monitoring.MonitoringRebuild;
import org.motcua.monitoring.Period;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

@RestController
@Tag(name = "Monitoring", description = "Service-quality indicators and index, drill-down, charts, exports")
class IndicatorController {

    private final Indicators indicators;
    private final MonitoringRebuild rebuild;
    private final MonitoringCallers callers;

    IndicatorController(Indicators indicators, MonitoringRebuild rebuild, MonitoringCallers callers) {
        this.indicators = indicators;
        this.rebuild = rebuild;
        this.callers = callers;
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "The counts, indicators and service-quality index of a unit or the city (unit=city) for a "
            + "month (2026-11), quarter (2026-Q4) or year (2026); format=json|csv|xlsx — staff")
    ResponseEntity<?> report(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                             @RequestParam(required = false) String format, Authentication who) {
        IndicatorReport r = indicators.report(unit, Indicators.period(period), callers.of(who));
        return TableExport.respond(format, r, () -> MonitoringTables.report(r));
    }

    @GetMapping("/api/v1/indicators/ranking")
    @Operation(summary = "Every unit with numbers in the period, the best index first; format=json|csv|xlsx|svg|html")
    ResponseEntity<?> ranking(@RequestParam(required = false) String period,
                              @RequestParam(required = false) String metric,
                              @RequestParam(required = false) String format, Locale locale, Authentication who) {
        Period p = Indicators.period(period);
        List<IndicatorReport> rows = indicators.ranking(p, callers.of(who));
        if ("svg".equals(format) || "html".equals(format)) {
            return Charts.ranking(rows, metric, p, format, locale);
        }
        return TableExport.respond(format, rows, () -> MonitoringTables.reports("ranking-" + p.label(), "unit",
                rows));
    }

    @GetMapping("/api/v1/indicators/procedures")
    @Operation(summary = "Drill-down: a unit's (or the city's) numbers per procedure; format=json|csv|xlsx")
    ResponseEntity<?> procedures(@RequestParam(required = false) String unit,
                                 @RequestParam(required = false) String period,
                                 @RequestParam(required = false) String format, Authentication who) {
        Period p = Indicators.period(period);
        List<IndicatorReport> rows = indicators.procedures(unit, p, callers.of(who));
        return TableExport.respond(format, rows, () -> MonitoringTables.reports("procedures-" + unit + "-"
                + p.label(), "procedure", rows));
    }

    @GetMapping("/api/v1/indicators/trend")
    @Operation(summary = "Month by month over the period (metric=index or an indicator for the chart); "
            + "format=json|csv|xlsx|svg|html")
    ResponseEntity<?> trend(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
                            @RequestParam(required = false) String metric,
                            @RequestParam(required = false) String format, Locale locale, Authentication who) {
        Period p = Indicators.period(period);
        List<IndicatorReport> rows = indicators.trend(unit, p, callers.of(who));
        if ("svg".equals(format) || "html".equals(format)) {
            return Charts.trend(unit, rows, metric, p, format, locale);
        }
        return TableExport.respond(format, rows, () -> MonitoringTables.reports("trend-" + unit + "-" + p.label(),
                "month", rows));
    }

    @GetMapping("/api/v1/indicators/dossiers")
    @Operation(summary = "Drill-down: the dossiers behind a number (measure = e.g. finishedLate) of a unit, optionally "
            + "one procedure — city administrator/auditor or the unit's staff; format=json|csv|xlsx")
    ResponseEntity<?> dossiers(@RequestParam(required = false) String unit,
                               @RequestParam(required = false) String procedure,
                               @RequestParam(required = false) String period,
                               @RequestParam(required = false) String measure,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "100") int size,
                               @RequestParam(required = false) String format, Authentication who) {
        Period p = Indicators.period(period);
        var rows = indicators.dossiers(unit, procedure, p, measure, page, size, callers.of(who));
        return TableExport.respond(format, rows, () -> MonitoringTables.dossiers("dossiers-" + unit + "-"
                + p.label(), rows));
    }

    @PostMapping("/api/v1/indicators/rebuild")
    @Operation(summary = "Recompute every number from the dossiers (same rule as the incremental updates) — city "
            + "administrator")
    MonitoringRebuild.Result rebuild(Authentication who) {
        return rebuild.rebuild(callers.of(who));
    }

    @GetMapping("/api/v1/public/service-quality")
    @Operation(summary = "Public transparency: each unit's service-quality index and group points for the period")
    List<PublicIndex> publicIndex(@RequestParam(required = false) String period) {
        return indicators.publicIndex(Indicators.period(period)).stream().map(PublicIndex::of).toList();
    }
}
