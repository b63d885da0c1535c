package org.motcua.monitoring;

import java.util.List;
import java.util.Locale;

/**
 * Accessible charts as server-rendered SVG (no JavaScript): a trend line month by month and ranking bars. Each chart
 * has a {@code <title>} and a {@code <desc>} naming every value, every point or bar its own {@code <title>} and a
 * printed value (colour is never the only signal); {@link #table} gives the same numbers as an HTML table to show
 * beside it. Missing values (no data) leave a gap and are named as such.
 */
public final class SvgCharts {

    private static final int WIDTH = 640;
    private static final int LINE_HEIGHT = 280;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int BOTTOM = 40;
    private static final int BAR = 22;
    private static final int LABEL_WIDTH = 220;

    private SvgCharts() {
    }

    /** A labelled value; {@code value} null when there is no data. */
    public record Point(String label, Double value) {
    }

    /** A line chart of {@code points} on a scale from 0 to {@code max}. */
    public static String line(String id, String title, List<Point> points, double max, String noData) {
        StringBuilder svg = open(id, title, WIDTH, LINE_HEIGHT, describe(points, noData));
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = LINE_HEIGHT - TOP - BOTTOM;
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = TOP + plotH - plotH * i / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\"/>",
                    LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\">%s</text>",
                    LEFT - 6, y + 4, esc(number(v))));
        }
        int n = points.size();
        double step = n <= 1 ? 0 : (double) plotW / (n - 1);
        StringBuilder path = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            double x = LEFT + (n == 1 ? plotW / 2.0 : step * i);
            marks.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>",
                    x, LINE_HEIGHT - BOTTOM + 16, esc(p.label())));
            if (p.value() == null) {
                pen = false;
                continue;
            }
            double y = TOP + plotH - plotH * Math.min(1, Math.max(0, p.value() / (max == 0 ? 1 : max)));
            path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            pen = true;
            marks.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1d70b8\"><title>%s: %s</title></circle>",
                    x, y, esc(p.label()), esc(number(p.value()))));
            marks.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\">%s</text>",
                    x, y - 8, esc(number(p.value()))));
        }
        if (path.length() > 0) {
            svg.append("<path d=\"").append(path.toString().trim())
                    .append("\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\"/>");
        }
        svg.append(marks);
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one per point, in the given order, on a scale from 0 to {@code max}. */
    public static String bars(String id, String title, List<Point> points, double max, String noData) {
        int height = TOP + points.size() * (BAR + 6) + 10;
        StringBuilder svg = open(id, title, WIDTH, height, describe(points, noData));
        int plotW = WIDTH - LABEL_WIDTH - RIGHT - 50;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int y = TOP + i * (BAR + 6);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>",
                    LABEL_WIDTH - 8, y + BAR - 6, esc(p.label())));
            if (p.value() == null) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
                        LABEL_WIDTH, y + BAR - 6, esc(noData)));
                continue;
            }
            double w = plotW * Math.min(1, Math.max(0, p.value() / (max == 0 ? 1 : max)));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#1d70b8\"><title>%s: %s</title></rect>",
                    LABEL_WIDTH, y, w, BAR, esc(p.label()), esc(number(p.value()))));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>",
                    LABEL_WIDTH + w + 6, y + BAR - 6, esc(number(p.value()))));
        }
        return svg.append("</svg>").toString();
    }

    /** The same numbers as an HTML table, to show beside the chart. */
    public static String table(String caption, List<String> headers, List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table><caption>").append(esc(caption)).append("</caption><thead><tr>");
        for (String h : headers) {
            html.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                html.append('<').append(tag).append('>').append(esc(row.get(i))).append("</")
                        .append(i == 0 ? "th" : "td").append('>');
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** A chart and its table side by side in a {@code <figure>}. */
    public static String figure(String svg, String table) {
        return "<figure class=\"chart\">" + svg + table + "</figure>";
    }

    /** A value as printed: up to two decimals, no trailing zeros. */
    public static String number(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    private static StringBuilder open(String id, String title, int width, int height, String desc) {
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(esc(id)).append("-title ")
                .append(esc(id)).append("-desc\" font-family=\"'Be Vietnam Pro', 'Noto Sans', sans-serif\">")
                .append("<title id=\"").append(esc(id)).append("-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"").append(esc(id)).append("-desc\">").append(esc(desc)).append("</desc>")
                .append("<text x=\"").append(LEFT).append("\" y=\"20\" font-size=\"14\" font-weight=\"bold\">")
                .append(esc(title)).append("</text>");
    }

    private static String describe(List<Point> points, String noData) {
        StringBuilder d = new StringBuilder();
        for (Point p : points) {
            d.append(d.length() == 0 ? "" : "; ").append(p.label()).append(": ")
                    .append(p.value() == null ? noData : number(p.value()));
        }
        return d.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
