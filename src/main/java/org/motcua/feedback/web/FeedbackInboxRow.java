package org.motcua.feedback.web;

import org.motcua.feedback.ReportPage;
import org.motcua.feedback.ReportSummary;
import org.motcua.web.TagColour;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A line of a staff feedback list. The time left is a message key with its number (days or hours until the deadline)
 * and a colour repeating it — red overdue, yellow under a day, green otherwise, grey once answered; possible
 * duplicates are listed by number, as text.
 */
public record FeedbackInboxRow(long id, String href, String category, String unit, String statusKey,
                               TagColour statusColour, String channelKey, String description, String dueAt,
                               String timeLeftKey, long timeLeftAmount, TagColour timeLeftColour, boolean escalated,
                               String duplicates) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    static FeedbackInboxRow of(ReportPage.Entry entry, String category, String unit, Instant now, ZoneId zone) {
        ReportSummary r = entry.report();
        String key;
        long amount = 0;
        TagColour colour;
        if (!r.status().awaitsAnswer()) {
            key = "feedback.staff.left.answered";
            colour = TagColour.GREY;
        } else {
            Duration left = Duration.between(now, r.dueAt());
            boolean late = left.isNegative();
            Duration size = left.abs();
            boolean days = size.toHours() >= 24;
            amount = days ? size.toDays() : Math.max(1, size.toHours());
            key = "feedback.staff." + (late ? "late" : "left") + "." + (days ? "days" : "hours");
            colour = late ? TagColour.RED : days ? TagColour.GREEN : TagColour.YELLOW;
        }
        List<Long> duplicates = entry.possibleDuplicates();
        return new FeedbackInboxRow(r.id(), "/staff/feedback/" + r.id(), category, unit,
                "feedback.status." + r.status().name(), StaffReportView.colour(r.status()),
                "feedback.staff.channel." + r.channel().name(), r.descriptionStart(),
                WHEN.format(r.dueAt().atZone(zone)), key, amount, colour, r.escalatedAt() != null,
                duplicates.isEmpty() ? null : duplicates.stream().map(id -> "#" + id).collect(Collectors.joining(", ")));
    }
}
