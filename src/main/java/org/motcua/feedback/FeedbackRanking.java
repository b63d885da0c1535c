package org.motcua.feedback;

import org.motcua.calendar.WorkingCalendars;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The monthly ranking of units by on-time handling, over the city's reporting cycle: each report counts in the cycle
 * in which its deadline falls, on time when answered by it; one whose deadline is still ahead and unanswered is not
 * counted yet. Ranked by on-time share, then by the number handled.
 */
@Service
public class FeedbackRanking {

    private final JdbcClient jdbc;
    private final Units units;
    private final WorkingCalendars calendars;
    private final Clock clock;

    FeedbackRanking(JdbcClient jdbc, Units units, WorkingCalendars calendars, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.calendars = calendars;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public ReportingCycle cycle(YearMonth month) {
        return month == null ? ReportingCycle.containing(clock.instant(), calendars.current().zone())
                : ReportingCycle.of(month, calendars.current().zone());
    }

    @Transactional(readOnly = true)
    public List<UnitRanking> rank(ReportingCycle cycle) {
        record Row(String unit, int due, int onTime) {
        }
        List<Row> rows = jdbc.sql("""
                        select unit_slug, count(*) as due,
                               count(*) filter (where answered_at is not null and answered_at <= due_at) as on_time
                        from feedback_report
                        where unit_slug is not null and due_at >= :start and due_at < :end
                          and (answered_at is not null or due_at < :now)
                        group by unit_slug
                        order by count(*) filter (where answered_at is not null and answered_at <= due_at)::float
                                 / count(*) desc, count(*) desc, unit_slug""")
                .param("start", Timestamp.from(cycle.start())).param("end", Timestamp.from(cycle.end()))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Row(rs.getString("unit_slug"), rs.getInt("due"), rs.getInt("on_time")))
                .list();
        List<UnitRanking> ranking = new ArrayList<>();
        for (Row row : rows) {
            String name = units.find(row.unit()).map(Unit::nameVi).orElse(row.unit());
            ranking.add(new UnitRanking(ranking.size() + 1, row.unit(), name, row.due(), row.onTime(),
                    row.due() - row.onTime(), Math.round(1000.0 * row.onTime() / row.due()) / 1000.0));
        }
        return ranking;
    }
}
