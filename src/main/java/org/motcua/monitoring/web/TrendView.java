package org.motcua.monitoring.web;

import java.util.List;

/** The month-by-month charts of a dashboard with the same numbers as a table beside them. */
public record TrendView(List<Svg> charts, List<Row> rows, String exportQuery) {

    /** One month: the index, the on-time rate (with its counts) and the dossiers received. */
    public record Row(String month, String index, String onTime, long onTimeNumerator, long onTimeDenominator,
                      long received) {
    }
}
