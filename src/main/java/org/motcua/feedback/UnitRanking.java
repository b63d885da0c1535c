package org.motcua.feedback;

/**
 * A unit's line of the monthly ranking: reports whose deadline fell in the cycle, those answered by it, and the share
 * answered on time (1.0 = all). A report unanswered past its deadline counts as late.
 */
public record UnitRanking(int rank, String unit, String unitName, int due, int onTime, int late,
                          double onTimeRate) {
}
