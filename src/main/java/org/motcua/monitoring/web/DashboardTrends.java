package org.motcua.monitoring.web;

import org.motcua.monitoring.Indicator;
import org.motcua.monitoring.IndicatorReport;
import org.motcua.monitoring.SvgCharts;
import org.springframework.context.MessageSource;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The trend charts of a dashboard: the index and the on-time rate month by month, drawn by {@link SvgCharts}. */
final class DashboardTrends {

    /** Twelve month labels fit under a chart as {@code 11/26}. */
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM/yy");

    private DashboardTrends() {
    }

    static TrendView of(List<IndicatorReport> months, MessageSource messages, Locale locale,
                        String exportQuery) {
        List<SvgCharts.Point> index = new ArrayList<>();
        List<SvgCharts.Point> onTime = new ArrayList<>();
        List<TrendView.Row> rows = new ArrayList<>();
        for (IndicatorReport m : months) {
            Indicator rate = m.indicator("onTimeRate");
            String label = SHORT.format(YearMonth.parse(m.unit()));
            index.add(new SvgCharts.Point(label, m.index().total()));
            onTime.add(new SvgCharts.Point(label, rate.value() == null ? null : rate.value() * 100));
            rows.add(new TrendView.Row(m.unit(), DashboardFigures.points(m.index().total()),
                    DashboardFigures.rate(rate.value()), rate.numerator(), rate.denominator(),
                    m.counts().get(org.motcua.monitoring.Measure.RECEIVED)));
        }
        String noData = messages.getMessage("monitoring.chart.noData", null, locale);
        String span = months.isEmpty() ? "" : months.get(0).unit() + " – " + months.get(months.size() - 1).unit();
        Svg indexChart = new Svg(SvgCharts.line("trend-index", title(messages, locale, "index", span),
                index, 100, noData));
        Svg onTimeChart = new Svg(SvgCharts.line("trend-on-time", title(messages, locale, "onTimeRate",
                span), onTime, 100, noData));
        return new TrendView(List.of(indexChart, onTimeChart), rows, exportQuery);
    }

    private static String title(MessageSource messages, Locale locale, String metric, String span) {
        return messages.getMessage("monitoring.dashboard.trend.chart", new Object[] {
                messages.getMessage("monitoring.metric." + metric, null, locale), span}, locale);
    }
}
