package org.motcua.monitoring;

import org.motcua.identity.Caller;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading the service-quality numbers: a unit's or the city's report, the ranking of units, the drill-down to
 * procedures and to the dossiers behind a number, and the month-by-month trend. Every number is read from the sums
 * kept up to date by the events (a handful of rows per unit and month), never by scanning the dossiers.
 */
@Service
public class Indicators {

    /** The slug that names the whole city in the API. */
    public static final String CITY = "city";

    private static final Totals NOTHING = new Totals(Counts.zero(), List.of());

    private final MonitoringStore store;
    private final ProcedureProfiles profiles;
    private final Units units;
    private final MonitoringAccess access;
    private final Optional<FeedbackFigures> feedback;

    Indicators(MonitoringStore store, ProcedureProfiles profiles, Units units, MonitoringAccess access,
               Optional<FeedbackFigures> feedback) {
        this.store = store;
        this.profiles = profiles;
        this.units = units;
        this.access = access;
        this.feedback = feedback;
    }

    /** Parses the {@code period} parameter (400 {@code invalid-parameter} when it is not a month, quarter or year). */
    public static Period period(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidParameter("period", "required: a month (2026-11), a quarter (2026-Q4) or "
                    + "a year (2026)");
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("period", e.getMessage());
        }
    }

    /** The report of a unit (its slug) or of the whole city ({@value #CITY}). */
    @Transactional(readOnly = true)
    public IndicatorReport report(String unit, Period period, Caller caller) {
        access.requireStaff(caller);
        String slug = unitSlug(unit);
        String name = slug == null ? units.city().nameVi() : units.require(slug).nameVi();
        return report(slug == null ? CITY : slug, name, period, store.totals(slug, period), feedback(slug, period));
    }

    /** Every unit that has numbers in the period, the best index first. */
    @Transactional(readOnly = true)
    public List<IndicatorReport> ranking(Period period, Caller caller) {
        return allUnits(period, caller).ranking();
    }

    /** The reports of every ward-level unit (all 168, with or without dossiers), in the published order. */
    @Transactional(readOnly = true)
    public List<IndicatorReport> wardLevelUnits(Period period) {
        return allUnits(period, null).wardLevelUnits();
    }

    /**
     * The reports of every unit over a period, read once: the ranking and the ward-level units, for a dashboard that
     * shows both the ranking and the green units.
     */
    @Transactional(readOnly = true)
    public AllUnits allUnits(Period period, Caller caller) {
        if (caller != null) {
            access.requireStaff(caller);
        }
        Map<String, Totals> byUnit = store.totalsByUnit(period);
        Function<String, Optional<FeedbackFigures.Figures>> feedbackOf = feedbackOfEachUnit(period);
        Map<String, IndicatorReport> reports = new java.util.HashMap<>();
        List<IndicatorReport> wardLevel = new ArrayList<>();
        for (Unit u : units.effectiveOn(LocalDate.now(DossierContribution.ZONE), Optional.empty())) {
            Totals totals = byUnit.get(u.slug());
            IndicatorReport r = report(u.slug(), u.nameVi(), period, totals == null ? NOTHING : totals,
                    feedbackOf.apply(u.slug()));
            if (totals != null) {
                reports.put(u.slug(), r);
            }
            if (u.type().isWardLevel()) {
                wardLevel.add(r);
            }
        }
        // units dissolved since, whose dossiers still count in the period
        byUnit.forEach((slug, totals) -> reports.computeIfAbsent(slug, s -> report(s,
                units.find(s).map(Unit::nameVi).orElse(s), period, totals, feedbackOf.apply(s))));
        List<IndicatorReport> ranking = new ArrayList<>(reports.values());
        ranking.sort(Comparator.comparing((IndicatorReport r) -> r.index().total() == null ? -1 : r.index().total())
                .reversed().thenComparing(IndicatorReport::unit));
        return new AllUnits(List.copyOf(ranking), List.copyOf(wardLevel));
    }

    /** The drill-down from a unit (or the city) to its procedures. */
    @Transactional(readOnly = true)
    public List<IndicatorReport> procedures(String unit, Period period, Caller caller) {
        access.requireStaff(caller);
        String slug = unitSlug(unit);
        List<IndicatorReport> rows = new ArrayList<>();
        Optional<FeedbackFigures.Figures> unitFeedback = feedback(slug, period);
        for (ProcedureCounts p : store.byProcedure(slug, period)) {
            Totals totals = new Totals(p.counts(), p.counts().get(Measure.RECEIVED) > 0
                    ? List.of(p.procedureCode()) : List.of());
            rows.add(report(p.procedureCode(), p.procedureName(), period, totals, unitFeedback));
        }
        return rows;
    }

    /** Month by month over the period. */
    @Transactional(readOnly = true)
    public List<IndicatorReport> trend(String unit, Period period, Caller caller) {
        access.requireStaff(caller);
        String slug = unitSlug(unit);
        List<IndicatorReport> rows = new ArrayList<>();
        Map<LocalDate, Totals> byMonth = store.totalsByMonth(slug, period);
        for (YearMonth month : period.months()) {
            Period p = Period.month(month);
            Totals totals = byMonth.getOrDefault(month.atDay(1), NOTHING);
            rows.add(report(month.toString(), month.toString(), p, totals, feedback(slug, p)));
        }
        return rows;
    }

    /**
     * The dossiers behind a number: of a unit (or the city, for the city-wide staff), optionally one procedure,
     * counted under {@code measure} (all received when null).
     */
    @Transactional(readOnly = true)
    public List<DossierRow> dossiers(String unit, String procedureCode, Period period, String measure, int page,
                                     int size, Caller caller) {
        String slug = unitSlug(unit);
        access.requireDossierAccess(caller, slug);
        Measure m = measure == null || measure.isBlank() ? null : Measure.fromKey(measure).orElseThrow(() ->
                ProblemException.invalidParameter("measure", "one of " + java.util.Arrays.stream(Measure.values())
                        .map(Measure::key).toList()));
        if (page < 0 || size < 1 || size > 1000) {
            throw ProblemException.invalidParameter(page < 0 ? "page" : "size",
                    page < 0 ? "must be 0 or more" : "must be between 1 and 1000");
        }
        return store.dossiers(slug, procedureCode, period, m, size, page * size).stream()
                .map(DossierRow::of).toList();
    }

    /** The public figures: the index of every unit with numbers in the period (no counts of dossiers per person). */
    @Transactional(readOnly = true)
    public List<IndicatorReport> publicIndex(Period period) {
        return ranking(period, null);
    }

    private IndicatorReport report(String key, String name, Period period, Totals totals,
                                   Optional<FeedbackFigures.Figures> f) {
        List<Indicator> indicators = ServiceQualityIndex.indicators(totals.counts(), f);
        List<ProcedureProfile> handled = profiles.of(totals.handled());
        return new IndicatorReport(key, name, period.label(), period.first(), period.last(), totals.counts(),
                handled.size(), indicators, ServiceQualityIndex.index(indicators, handled));
    }

    /** The feedback figures of a unit (null: the city). */
    private Optional<FeedbackFigures.Figures> feedback(String unit, Period period) {
        return feedback.flatMap(fb -> fb.of(unit, period));
    }

    /** The feedback figures of every unit, read once: a ranking would otherwise ask once per unit. */
    private Function<String, Optional<FeedbackFigures.Figures>> feedbackOfEachUnit(Period period) {
        Optional<Map<String, FeedbackFigures.Figures>> all = feedback.flatMap(fb -> fb.ofEachUnit(period));
        return unit -> all.map(m -> m.getOrDefault(unit, FeedbackFigures.Figures.NONE));
    }


    /** Null for the city; otherwise the slug of an existing unit (404 {@code unit-not-found}). */
    String unitSlug(String unit) {
        if (unit == null || unit.isBlank()) {
            throw ProblemException.invalidParameter("unit", "required: a unit's slug, or 'city'");
        }
        if (CITY.equals(unit) || units.city().slug().equals(unit)) {
            return null;
        }
        units.require(unit);
        return unit;
    }
}
