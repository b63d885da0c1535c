package org.motcua.monitoring;

import java.util.Optional;

/**
 * The seam for the feedback module (issue 7): complaints and feedback handled on time, per unit and period, supplied
 * by {@link StoredFeedbackFigures}. Without a bean of this type the indicators say "no data yet".
 */
public interface FeedbackFigures {

    /** Counts for a unit (null: the whole city) over a period, or empty when there is no source for them. */
    Optional<Figures> of(String unit, Period period);

    /**
     * @param received      feedback reports whose handling deadline falls in the period (the name is historical)
     * @param complaints    complaints about public administration received in the period
     * @param answered      of the reports due, answered
     * @param answeredOnTime of the reports due, answered at or before their deadline
     */
    record Figures(long received, long complaints, long answered, long answeredOnTime) {
    }

    static FeedbackFigures none() {
        return (unit, period) -> Optional.empty();
    }
}
