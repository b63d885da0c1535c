package org.motcua.feedback;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

import java.util.Map;

/** The action is not allowed in the report's current status (409, with the status). */
public class FeedbackActionNotAllowed extends ProblemException {

    private final FeedbackStatus status;

    public FeedbackActionNotAllowed(FeedbackStatus status, String detail) {
        super(ErrorCode.FEEDBACK_ACTION_NOT_ALLOWED, detail);
        this.status = status;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("status", status.name());
    }
}
