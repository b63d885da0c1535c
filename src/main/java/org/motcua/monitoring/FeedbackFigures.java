package org.motcua.monitoring;

import java.util.Map;
import java.util.Optional;

/**
 * The seam for the feedback module (issue 7): complaints and feedback handled on time, per unit and period, supplied
 * by {@link StoredFeedbackFigures}. Without a bean of this type the indicators say "no data yet".
 */
public interface FeedbackFigures {

    /** Counts for a unit (null: the whole city) over a period, or empty when there is no source for them. */
    Optional<Figures> of(String unit, Period period);

    /**
     * The counts of every unit over a period in one read (a unit without reports is absent: its counts are zero), or
     * empty when there is no source for them. What a ranking of all units asks, instead of one {@link #of} per unit.
     */
    Optional<Map<String, Figures>> ofEachUnit(Period period);

    /**
     * @param received      feedback reports whose handling deadline falls in the period (the name is historical)
     * @param complaints    complaints about public administration received in the period
     * @param answered      of the reports due, answered
     * @param answeredOnTime of the reports due, answered at or before their deadline
     */
    record Figures(long received, long complaints, long answered, long answeredOnTime) {

        /** A unit without any report in the period. */
        public static final Figures NONE = new Figures(0, 0, 0, 0);
    }

    static FeedbackFigures none() {
        return new FeedbackFigures() {
            @Override
            public Optional<Figures> of(String unit, Period period) {
                return Optional.empty();
            }

            @Override
            public Optional<Map<String, Figures>> ofEachUnit(Period period) {
                return Optional.empty();
            }
        };
    }
}
