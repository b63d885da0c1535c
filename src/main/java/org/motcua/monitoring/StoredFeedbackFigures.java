package org.motcua.monitoring;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/** The feedback figures from {@code monitoring_feedback}; "handled on time" is counted in the month of the deadline. */
@Component
class StoredFeedbackFigures implements FeedbackFigures {

    private final FeedbackStore store;

    StoredFeedbackFigures(FeedbackStore store) {
        this.store = store;
    }

    @Override
    public Optional<Figures> of(String unit, Period period) {
        return Optional.of(store.figures(unit, period.from(), period.last().plusMonths(1).atDay(1)));
    }

    @Override
    public Optional<Map<String, Figures>> ofEachUnit(Period period) {
        return Optional.of(store.figuresByUnit(period.from(), period.last().plusMonths(1).atDay(1)));
    }
}
