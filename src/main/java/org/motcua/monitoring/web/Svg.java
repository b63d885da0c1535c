package org.motcua.monitoring.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * A chart drawn by {@link org.motcua.monitoring.SvgCharts}, written into the page as markup: the chart code escapes
 * every text it puts in the SVG (titles, labels, values), so nothing from the data can become markup.
 */
public record Svg(String markup) implements Content {

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(markup);
    }
}
