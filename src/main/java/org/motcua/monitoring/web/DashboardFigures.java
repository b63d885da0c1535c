package org.motcua.monitoring.web;

import org.motcua.monitoring.GroupScore;
import org.motcua.monitoring.Indicator;
import org.motcua.monitoring.IndicatorReport;
import org.motcua.monitoring.Measure;
import org.motcua.monitoring.SvgCharts;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The module's reports as the dashboards print them: values formatted, labels as message keys, drill-down links. */
final class DashboardFigures {

    /** The count that is the numerator of a rate, for the link to its dossiers. */
    private static final Map<String, Measure> NUMERATORS = Map.of("onlineShare", Measure.ONLINE,
            "paidOnlineShare", Measure.PAID_ONLINE, "digitisedShare", Measure.DIGITISED,
            "resultDigitisedShare", Measure.RESULT_DIGITISED, "registryReuseShare", Measure.REUSED,
            "supplementRate", Measure.SUPPLEMENTED);

    private DashboardFigures() {
    }

    /**
     * @param dossiers the query of the dossiers page without {@code measure} ({@code unit=…&period=…}), or null
     *                 when the official may not see the dossiers
     */
    static IndexView index(IndicatorReport r, String dossiers, String exportQuery) {
        List<GroupRow> groups = new ArrayList<>();
        for (GroupScore g : r.index().groups()) {
            groups.add(new GroupRow(g.key(), "monitoring.dashboard.group." + g.key(), points(g.score()), g.max(),
                    g.inputs().stream().map(i -> figure(i, null)).toList()));
        }
        List<Figure> figures = r.indicators().stream().map(i -> figure(i, dossiers)).toList();
        return new IndexView(points(r.index().total()), r.index().measuredMax(),
                SvgCharts.number(r.index().measuredScore()), groups, figures, exportQuery);
    }

    static Figure figure(Indicator i, String dossiers) {
        boolean available = !"NOT_AVAILABLE".equals(i.status());
        boolean count = Measure.fromKey(i.key()).isPresent();
        Measure linked = count ? Measure.fromKey(i.key()).get() : NUMERATORS.get(i.key());
        String href = dossiers == null || linked == null ? null : "/staff/dashboard/dossiers?" + dossiers
                + "&measure=" + linked.key();
        String value = !available ? "—" : count ? Long.toString(i.numerator()) : rate(i.value());
        return new Figure(i.key(), labelKey(i.key()), value, !count, available, i.numerator(), i.denominator(), href);
    }

    /** The message key naming an indicator, an index group's input, a measure or a criterion. */
    static String labelKey(String key) {
        if (key.equals("index")) {
            return "monitoring.metric.index";
        }
        if (key.startsWith("index.")) {
            return "monitoring.dashboard.group." + key.substring("index.".length());
        }
        if (ServiceKeys.INDICATORS.contains(key)) {
            return "monitoring.metric." + key;
        }
        return "monitoring.dashboard.input." + key;
    }

    /** Whether a criterion's indicator is a rate (0–1, shown as a percentage). */
    static boolean isRate(String key) {
        return key.endsWith("Share") || key.endsWith("Rate") || key.equals("feedbackHandledOnTime");
    }

    /** A rate as a percentage with up to two decimals, or a dash without data. */
    static String rate(Double v) {
        return v == null ? "—" : SvgCharts.number(v * 100) + " %";
    }

    /** Points with up to two decimals, or a dash without data. */
    static String points(Double v) {
        return v == null ? "—" : SvgCharts.number(v);
    }

    /** A criterion's value: a rate as a percentage, anything else as a number. */
    static String value(String key, Double v) {
        return isRate(key) ? rate(v) : points(v);
    }

    static String query(String... pairs) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                b.queryParam(pairs[i], pairs[i + 1]);
            }
        }
        return b.encode().build().getQuery();
    }
}
