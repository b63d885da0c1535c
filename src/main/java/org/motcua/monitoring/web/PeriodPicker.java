package org.motcua.monitoring.web;

import org.motcua.monitoring.DossierContribution;
import org.motcua.monitoring.Period;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dashboards' period: this month unless another is asked for; the picker offers the last twelve months, four
 * quarters and two years (and the period asked for, if it is older), so it needs no JavaScript.
 */
final class PeriodPicker {

    private PeriodPicker() {
    }

    static YearMonth thisMonth() {
        return YearMonth.now(DossierContribution.ZONE);
    }

    /** The period asked for (this month when none), empty when it is not a month, quarter or year. */
    static Optional<Period> parse(String asked) {
        if (asked == null || asked.isBlank()) {
            return Optional.of(Period.month(thisMonth()));
        }
        try {
            return Optional.of(Period.parse(asked.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The twelve months ending with the period's last month: the span of the trend charts. */
    static Period trendSpan(Period p) {
        return new Period(p.last().minusMonths(11) + ".." + p.last(), p.last().minusMonths(11), p.last());
    }

    static List<PeriodGroup> options(String selected) {
        YearMonth now = thisMonth();
        List<String> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(now.minusMonths(i).toString());
        }
        List<String> quarters = new ArrayList<>();
        YearMonth q = now.withMonth((now.getMonthValue() - 1) / 3 * 3 + 1);
        for (int i = 0; i < 4; i++) {
            YearMonth first = q.minusMonths(3L * i);
            quarters.add(first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1));
        }
        List<String> years = List.of(Integer.toString(now.getYear()), Integer.toString(now.getYear() - 1));
        List<PeriodGroup> groups = new ArrayList<>();
        groups.add(group("monitoring.dashboard.period.months", months, selected));
        groups.add(group("monitoring.dashboard.period.quarters", quarters, selected));
        groups.add(group("monitoring.dashboard.period.years", years, selected));
        boolean offered = months.contains(selected) || quarters.contains(selected) || years.contains(selected);
        if (!offered && selected != null) {
            groups.add(0, group("monitoring.dashboard.period.asked", List.of(selected), selected));
        }
        return groups;
    }

    private static PeriodGroup group(String key, List<String> values, String selected) {
        return new PeriodGroup(key, values.stream().map(v -> new PeriodGroup.Option(v, v.equals(selected))).toList());
    }
}
