package org.motcua.feedback;

import java.time.Instant;
import java.util.List;

/**
 * A report as the public sees it: what, where, who handles it and the answer; never who reported it or how to
 * reach them. {@code routingApproximate} says the unit was found with approximate boundaries.
 */
public record PublicReport(long id, String category, String categoryName, FeedbackStatus status, String description,
                           String address, Double latitude, Double longitude, String unit, String unitName,
                           boolean routingApproximate, Instant receivedAt, Instant dueAt, String answer,
                           Instant answeredAt, Boolean answeredOnTime, Instant closedAt, Integer rating,
                           List<Long> answerPhotos) {
}
