package org.motcua.monitoring;

import org.motcua.audit.AuditLog;
import org.motcua.identity.Caller;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The city's green standard for ward-level units: thresholds on indicators set by the city administrator (versioned,
 * audited {@code GREEN_THRESHOLDS_SET}), and which of the 168 units meet them in a period.
 */
@Service
public class GreenUnits {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Indicators indicators;
    private final MonitoringAccess access;
    private final AuditLog audit;
    private final Clock clock;

    GreenUnits(JdbcClient jdbc, JsonMapper json, Indicators indicators, MonitoringAccess access, AuditLog audit,
               Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.indicators = indicators;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Sets a new version of the thresholds (400 with each bad criterion named). */
    @Transactional
    public GreenThresholds set(List<Criterion> criteria, String reason, Caller caller) {
        access.requireCityAdmin(caller);
        validate(criteria);
        jdbc.sql("lock table monitoring_green_threshold in exclusive mode").update();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from monitoring_green_threshold")
                .query(Integer.class).single();
        GreenThresholds t = new GreenThresholds(version, List.copyOf(criteria), reason, caller.id(),
                clock.instant());
        jdbc.sql("""
                        insert into monitoring_green_threshold (version, criteria, reason, set_by, set_at)
                        values (:version, cast(:criteria as jsonb), :reason, :by, :at)""")
                .param("version", version).param("criteria", json.writeValueAsString(criteria))
                .param("reason", reason).param("by", caller.id()).param("at", Timestamp.from(t.setAt())).update();
        audit.record(caller.id(), "GREEN_THRESHOLDS_SET", "green-thresholds/" + version,
                Map.of("criteria", json.writeValueAsString(criteria), "reason", reason == null ? "" : reason));
        return t;
    }

    /** Every version, the newest first. */
    @Transactional(readOnly = true)
    public List<GreenThresholds> versions(Caller caller) {
        access.requireStaff(caller);
        return jdbc.sql("select * from monitoring_green_threshold order by version desc").query((rs, n) ->
                new GreenThresholds(rs.getInt("version"), criteria(rs.getString("criteria")), rs.getString("reason"),
                        rs.getString("set_by"), rs.getTimestamp("set_at").toInstant())).list();
    }

    /** The thresholds in force (409 {@code green-thresholds-not-set} before the first version). */
    @Transactional(readOnly = true)
    public GreenThresholds current() {
        return jdbc.sql("select * from monitoring_green_threshold order by version desc limit 1").query((rs, n) ->
                        new GreenThresholds(rs.getInt("version"), criteria(rs.getString("criteria")),
                                rs.getString("reason"), rs.getString("set_by"), rs.getTimestamp("set_at").toInstant()))
                .optional().orElseThrow(() -> new ProblemException(ErrorCode.GREEN_THRESHOLDS_NOT_SET,
                        "The city administrator has not set the green thresholds yet (PUT /api/v1/green-thresholds)"));
    }

    /** Which ward-level units meet the thresholds in force over the period. */
    @Transactional(readOnly = true)
    public GreenReport evaluate(Period period, Caller caller) {
        access.requireStaff(caller);
        GreenThresholds t = current();
        return evaluate(period, t, indicators.wardLevelUnits(period));
    }

    /** {@link #evaluate(Period, Caller)} of reports already read (a dashboard that also shows the ranking). */
    @Transactional(readOnly = true)
    public GreenReport evaluate(Period period, AllUnits units, Caller caller) {
        access.requireStaff(caller);
        return evaluate(period, current(), units.wardLevelUnits());
    }

    private GreenReport evaluate(Period period, GreenThresholds t, List<IndicatorReport> reports) {
        List<GreenReport.UnitVerdict> notGreen = new ArrayList<>();
        List<String> green = new ArrayList<>();
        for (IndicatorReport r : reports) {
            List<CriterionResult> failing = GreenEvaluation.evaluate(r, t.criteria()).stream()
                    .filter(c -> !c.met()).toList();
            if (failing.isEmpty()) {
                green.add(r.unit());
            } else {
                notGreen.add(new GreenReport.UnitVerdict(r.unit(), r.unitName(), r.index().total(), failing));
            }
        }
        return new GreenReport(period.label(), t.version(), t.criteria(), green.size(), reports.size(),
                green.size() + "/" + reports.size(), notGreen, green);
    }

    private void validate(List<Criterion> criteria) {
        List<FieldProblem> problems = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            problems.add(new FieldProblem("criteria", "set at least one criterion"));
        } else {
            for (int i = 0; i < criteria.size(); i++) {
                Criterion c = criteria.get(i);
                String field = "criteria[" + i + "]";
                if (c == null || !GreenEvaluation.knownIndicator(c.indicator())) {
                    problems.add(new FieldProblem(field + ".indicator", "unknown indicator '"
                            + (c == null ? null : c.indicator()) + "'"));
                    continue;
                }
                if (c.min() == null && c.max() == null) {
                    problems.add(new FieldProblem(field, "give min, max or both"));
                } else if (c.min() != null && c.max() != null && c.min() > c.max()) {
                    problems.add(new FieldProblem(field, "min is greater than max"));
                }
                if ((c.min() != null && c.min() < 0) || (c.max() != null && c.max() < 0)) {
                    problems.add(new FieldProblem(field, "thresholds are not negative"));
                }
                boolean rate = c.indicator().endsWith("Share") || c.indicator().endsWith("Rate")
                        || c.indicator().equals("feedbackHandledOnTime");
                if (rate && ((c.min() != null && c.min() > 1) || (c.max() != null && c.max() > 1))) {
                    problems.add(new FieldProblem(field, "a rate is between 0 and 1 (0.5 = 50 %)"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "The thresholds are not valid", problems);
        }
    }

    private List<Criterion> criteria(String text) {
        return json.readValue(text, new TypeReference<List<Criterion>>() { });
    }
}
