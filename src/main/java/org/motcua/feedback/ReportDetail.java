package org.motcua.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report as its handlers and its reporter (private link) see it: the public part, the contact details, how it was
 * routed, its full history, photos and possible duplicates (open reports of the same category nearby).
 */
public record ReportDetail(PublicReport report, FeedbackChannel channel, String contactName, String contactPhone,
                           String contactEmail, String operator, String routedBy, Map<String, String> attributes,
                           Instant escalatedAt, int reopenCount, String ratingComment, List<PhotoRef> photos,
                           List<Long> possibleDuplicates, List<ReportHistoryEntry> history) {
}
