package org.motcua.monitoring.web;

import org.motcua.monitoring.CriterionResult;
import org.motcua.monitoring.DirectivePlan;
import org.motcua.monitoring.DirectiveTask;
import org.motcua.monitoring.DossierRow;
import org.motcua.monitoring.GreenReport;
import org.motcua.monitoring.GroupScore;
import org.motcua.monitoring.Indicator;
import org.motcua.monitoring.IndicatorReport;
import org.motcua.monitoring.Measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The dashboards' tables in exportable form; the columns are the API's names. */
final class MonitoringTables {

    private static final List<String> GROUPS = List.of("disclosure", "progress", "online", "digitisation",
            "satisfaction", "onlinePayment");
    private static final List<String> RATES = List.of("onTimeRate", "onlineShare", "paidOnlineShare",
            "digitisedShare", "resultDigitisedShare", "registryReuseShare", "supplementRate", "lateRate",
            "feedbackHandledOnTime");

    private MonitoringTables() {
    }

    /** One unit's (or the city's) indicators and index groups, each with how it was computed. */
    static Table report(IndicatorReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator i : r.indicators()) {
            rows.add(row("indicator", i.key(), i.value(), i.numerator(), i.denominator(), i.status(),
                    i.computedAs()));
        }
        for (GroupScore g : r.index().groups()) {
            rows.add(row("index", g.key(), g.score(), null, g.max(), g.score() == null ? "NO_DATA" : "OK",
                    g.computedAs() + (g.note() == null ? "" : " — " + g.note())));
        }
        rows.add(row("index", "total", r.index().total(), r.index().measuredScore(), r.index().measuredMax(),
                r.index().total() == null ? "NO_DATA" : "OK", r.index().computedAs()));
        return new Table("indicators-" + r.unit() + "-" + r.period(), List.of("section", "key", "value",
                "numerator", "denominator", "status", "computedAs"), rows);
    }

    /** One row per report (units of a ranking, procedures, months). */
    static Table reports(String name, String keyColumn, List<IndicatorReport> reports) {
        List<String> columns = new ArrayList<>(List.of(keyColumn, "name"));
        Arrays.stream(Measure.values()).map(Measure::key).forEach(columns::add);
        columns.addAll(RATES);
        GROUPS.forEach(g -> columns.add("index." + g));
        columns.add("index");
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorReport r : reports) {
            List<Object> row = new ArrayList<>(List.of(r.unit(), r.unitName()));
            for (Measure m : Measure.values()) {
                row.add(r.counts().get(m));
            }
            for (String rate : RATES) {
                row.add(r.indicator(rate).value());
            }
            for (String g : GROUPS) {
                row.add(r.index().group(g).score());
            }
            row.add(r.index().total());
            rows.add(row);
        }
        return new Table(name, columns, rows);
    }

    static Table dossiers(String name, List<DossierRow> dossiers) {
        List<List<Object>> rows = new ArrayList<>();
        for (DossierRow d : dossiers) {
            rows.add(row(d.code(), d.unit(), d.procedureCode(), d.procedureName(), d.month().toString(),
                    String.join(" ", d.countedAs())));
        }
        return new Table(name, List.of("code", "unit", "procedureCode", "procedureName", "month", "countedAs"), rows);
    }

    static Table green(GreenReport g) {
        List<List<Object>> rows = new ArrayList<>();
        for (String unit : g.greenUnits()) {
            rows.add(row(unit, true, null, null, null, null, null));
        }
        for (GreenReport.UnitVerdict v : g.notGreen()) {
            for (CriterionResult c : v.failing()) {
                rows.add(row(v.unit(), false, c.indicator(), c.min() != null ? c.min() : c.max(), c.actual(),
                        c.shortBy(), c.actual() == null ? "no data" : c.computedAs()));
            }
        }
        return new Table("green-units-" + g.period(), List.of("unit", "green", "failingCriterion", "threshold",
                "actual", "shortBy", "computedAs"), rows);
    }

    static Table directives(List<DirectivePlan> plans) {
        List<List<Object>> rows = new ArrayList<>();
        for (DirectivePlan p : plans) {
            for (DirectiveTask t : p.taskList()) {
                rows.add(row(p.code(), p.summary(), t.id(), t.title(), t.unit(), t.dueOn().toString(), t.progress(),
                        t.completedAt() == null ? null : t.completedAt().toString(), t.overdue()));
            }
        }
        return new Table("directives", List.of("plan", "planProgress", "task", "title", "unit", "dueOn", "progress",
                "completedAt", "overdue"), rows);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
