package org.motcua.monitoring;

/** The numbers of one procedure (of a unit or the city) over a period. */
public record ProcedureCounts(String procedureCode, String procedureName, Counts counts) {
}
