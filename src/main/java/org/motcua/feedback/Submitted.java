package org.motcua.feedback;

import java.time.Instant;
import java.util.List;

/**
 * A report as received.
 *
 * @param followToken        the reporter's private token: {@code /api/v1/feedback/public/follow/{followToken}}
 *                           shows and acts on the report without a login; shown once, only its hash is kept
 * @param open311Token       the Open311 token ({@code tokens/{token}}) that resolves to the request id
 * @param possibleDuplicates open reports of the same category nearby
 */
public record Submitted(long id, String followToken, String open311Token, Instant dueAt,
                        List<Long> possibleDuplicates) {
}
