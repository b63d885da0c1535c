package org.motcua.monitoring.web;

import org.motcua.identity.Caller;
import org.motcua.monitoring.CriterionResult;
import org.motcua.monitoring.DirectivePlan;
import org.motcua.monitoring.DirectivePlans;
import org.motcua.monitoring.DirectiveTask;
import org.motcua.monitoring.AllUnits;
import org.motcua.monitoring.GreenReport;
import org.motcua.monitoring.GreenUnits;
import org.motcua.monitoring.Indicator;
import org.motcua.monitoring.IndicatorReport;
import org.motcua.monitoring.Measure;
import org.motcua.monitoring.Period;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sections the dashboards share, built from the module's services (nothing is computed here). */
@Component
class DashboardSections {

    private final GreenUnits green;
    private final DirectivePlans plans;
    private final Units units;
    private final DashboardAccess access;

    DashboardSections(GreenUnits green, DirectivePlans plans, Units units, DashboardAccess access) {
        this.green = green;
        this.plans = plans;
        this.units = units;
        this.access = access;
    }

    /** Ranked rows, numbered in the given order (the module's ranking: best index first). */
    static List<RankRow> ranking(List<IndicatorReport> reports, java.util.function.Function<String, String> href) {
        List<RankRow> rows = new ArrayList<>();
        for (IndicatorReport r : reports) {
            Indicator onTime = r.indicator("onTimeRate");
            rows.add(new RankRow(rows.size() + 1, r.unit(), r.unitName(), DashboardFigures.points(r.index().total()),
                    DashboardFigures.rate(onTime.value()), onTime.numerator(), onTime.denominator(),
                    r.counts().get(Measure.RECEIVED), href.apply(r.unit())));
        }
        return rows;
    }

    /** The green report of the period; empty before the first thresholds are set. */
    Optional<GreenReport> greenReport(Period period, AllUnits all, Caller caller) {
        try {
            return Optional.of(green.evaluate(period, all, caller));
        } catch (ProblemException e) {
            if (e.code() == ErrorCode.GREEN_THRESHOLDS_NOT_SET) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The green section, of every ward-level unit or only of {@code unit}. */
    GreenView green(Optional<GreenReport> report, String unit, String periodLabel) {
        if (report.isEmpty()) {
            return new GreenView(false, 0, 0, 0, List.of(), null);
        }
        GreenReport g = report.get();
        List<GreenView.Failing> failing = new ArrayList<>();
        for (GreenReport.UnitVerdict v : g.notGreen()) {
            if (unit != null && !unit.equals(v.unit())) {
                continue;
            }
            for (CriterionResult c : v.failing()) {
                failing.add(new GreenView.Failing(v.unit(), v.unitName(), unitHref(v.unit(), periodLabel),
                        DashboardFigures.labelKey(c.indicator()), threshold(c),
                        DashboardFigures.value(c.indicator(), c.actual()),
                        c.shortBy() == null ? "—" : DashboardFigures.value(c.indicator(), c.shortBy())));
            }
        }
        return new GreenView(true, g.thresholdsVersion(), g.green(), g.units(), failing,
                DashboardFigures.query("table", "green", "unit", "city", "period", periodLabel));
    }

    /** The directive plans (of one unit's tasks when {@code unit} is given). */
    List<PlanView> plans(String unit, Caller caller) {
        List<PlanView> views = new ArrayList<>();
        for (DirectivePlan p : plans.plans(unit, caller)) {
            List<PlanView.Task> tasks = new ArrayList<>();
            for (DirectiveTask t : p.taskList()) {
                tasks.add(new PlanView.Task(t.id(), t.title(), t.unit(),
                        units.find(t.unit()).map(Unit::nameVi).orElse(t.unit()), t.dueOn().toString(), t.progress(),
                        t.completedAt() != null, t.overdue(), t.completedLate(),
                        t.completedAt() == null && access.leaderOf(caller, t.unit())));
            }
            views.add(new PlanView(p.id(), p.code(), p.title(), p.done(), p.tasks(), p.overdue(), tasks));
        }
        return views;
    }

    static String unitHref(String unit, String periodLabel) {
        return "/staff/dashboard/units/" + unit + "?" + DashboardFigures.query("period", periodLabel);
    }

    private static String threshold(CriterionResult c) {
        String min = c.min() == null ? null : "≥ " + DashboardFigures.value(c.indicator(), c.min());
        String max = c.max() == null ? null : "≤ " + DashboardFigures.value(c.indicator(), c.max());
        return min != null && max != null ? min + ", " + max : min != null ? min : max;
    }
}
