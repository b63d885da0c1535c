package org.motcua.monitoring.web;

/** A row of a ranking table: a unit (or a procedure) with its index, on-time rate and dossiers received. */
public record RankRow(int rank, String key, String name, String index, String onTime, long onTimeNumerator,
                      long onTimeDenominator, long received, String href) {
}
