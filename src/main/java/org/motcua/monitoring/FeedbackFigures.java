package org.motcua.monitoring;

import java.util.Optional;

/**
 * The seam for the feedback module (issue 7): complaints and feedback handled on time, per unit and period. Until a
 * module provides a bean of this type, {@link #none()} answers "no data yet" and the indicators say so.
 */
public interface FeedbackFigures {

    /** Counts for a unit (null: the whole city) over a period, or empty when there is no source for them. */
    Optional<Figures> of(String unit, Period period);

    /**
     * @param received      feedback reports received about the unit's services
     * @param complaints    of which complaints about the handling of dossiers
     * @param answered      answered
     * @param answeredOnTime answered within their deadline
     */
    record Figures(long received, long complaints, long answered, long answeredOnTime) {
    }

    static FeedbackFigures none() {
        return (unit, period) -> Optional.empty();
    }
}
