package org.motcua.feedback.web;

import org.motcua.feedback.Submitted;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a new report. {@code followUrl} is the reporter's private link (shown once: keep it); the report is
 * public at {@code /api/v1/feedback/public/reports/{id}} without the reporter's data.
 */
record SubmittedView(long id, String status, Instant dueAt, String followToken, String followUrl,
                     List<Long> possibleDuplicates) {

    static SubmittedView of(Submitted s) {
        return new SubmittedView(s.id(), "RECEIVED", s.dueAt(), s.followToken(),
                "/api/v1/feedback/public/follow/" + s.followToken(), s.possibleDuplicates());
    }
}
