package org.motcua.feedback.web;

import org.motcua.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 429 problems of the feedback API carry {@code Retry-After}. */
@RestControllerAdvice(assignableTypes = {PublicFeedbackController.class, FeedbackController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class FeedbackWebErrors {

    @ExceptionHandler(TooManyReports.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyReports e) {
        ProblemDetail problem = Problems.of(e.code(), e.getMessage(), e.errors());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(problem);
    }
}
