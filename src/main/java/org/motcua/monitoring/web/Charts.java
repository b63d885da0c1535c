package org.motcua.monitoring.web;

import org.motcua.monitoring.Indicator;
import org.motcua.monitoring.IndicatorReport;
import org.motcua.monitoring.Period;
import org.motcua.monitoring.SvgCharts;
import org.motcua.problem.ProblemException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The trend and ranking charts as SVG, or as an HTML figure with the data table beside the chart. */
final class Charts {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();
    private static final Set<String> COUNTS = Set.of("received", "finishedOnTime", "finishedLate",
            "inProgressOnTime", "inProgressOverdue", "withdrawn");

    static {
        MESSAGES.setBasename("monitoring/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private Charts() {
    }

    static ResponseEntity<String> trend(String unit, List<IndicatorReport> months, String metric, Period period,
                                        String format, Locale locale) {
        Locale l = locale(locale);
        String m = metric(metric, months);
        List<SvgCharts.Point> points = new ArrayList<>();
        for (IndicatorReport r : months) {
            points.add(new SvgCharts.Point(r.unit(), value(r, m)));
        }
        String metricName = text("monitoring.metric." + m, l);
        String title = text("monitoring.chart.trend.title", l, unit, metricName, period.label());
        String svg = SvgCharts.line("trend-" + m, title, points, max(m, points), text("monitoring.chart.noData", l));
        return respond(format, svg, table(title, text("monitoring.table.month", l), metricName, points, l));
    }

    static ResponseEntity<String> ranking(List<IndicatorReport> units, String metric, Period period, String format,
                                          Locale locale) {
        Locale l = locale(locale);
        String m = metric(metric, units);
        List<SvgCharts.Point> points = new ArrayList<>();
        for (IndicatorReport r : units) {
            points.add(new SvgCharts.Point(r.unitName(), value(r, m)));
        }
        points.sort((a, b) -> Double.compare(b.value() == null ? -1 : b.value(), a.value() == null ? -1 : a.value()));
        String metricName = text("monitoring.metric." + m, l);
        String title = text("monitoring.chart.ranking.title", l, metricName, period.label());
        String svg = SvgCharts.bars("ranking-" + m, title, points, max(m, points), text("monitoring.chart.noData", l));
        return respond(format, svg, table(title, text("monitoring.table.unit", l), metricName, points, l));
    }

    private static ResponseEntity<String> respond(String format, String svg, String table) {
        if ("svg".equals(format)) {
            return ResponseEntity.ok().contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                    .body(svg);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(SvgCharts.figure(svg, table));
    }

    private static String table(String caption, String first, String second, List<SvgCharts.Point> points,
                                Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (SvgCharts.Point p : points) {
            rows.add(List.of(p.label(), p.value() == null ? text("monitoring.chart.noData", l)
                    : SvgCharts.number(p.value())));
        }
        return SvgCharts.table(caption, List.of(first, second), rows);
    }

    private static String metric(String metric, List<IndicatorReport> reports) {
        String m = metric == null || metric.isBlank() ? "index" : metric;
        boolean known = m.equals("index") || ServiceKeys.INDICATORS.contains(m);
        if (!known) {
            throw ProblemException.invalidParameter("metric", "index or one of " + ServiceKeys.INDICATORS);
        }
        return m;
    }

    /** The index (0–100), a count, or a rate as a percentage. */
    private static Double value(IndicatorReport r, String metric) {
        if (metric.equals("index")) {
            return r.index().total();
        }
        Indicator i = r.indicator(metric);
        if (i.value() == null) {
            return null;
        }
        return COUNTS.contains(metric) ? i.value() : i.value() * 100;
    }

    private static double max(String metric, List<SvgCharts.Point> points) {
        if (!COUNTS.contains(metric)) {
            return 100;
        }
        double max = points.stream().filter(p -> p.value() != null).mapToDouble(SvgCharts.Point::value).max()
                .orElse(1);
        return max <= 0 ? 1 : max;
    }

    private static Locale locale(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    private static String text(String key, Locale l, Object... args) {
        return MESSAGES.getMessage(key, args, l);
    }
}
