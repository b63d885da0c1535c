package org.motcua.dossier.web;

import org.motcua.dossier.InboxItem;
import org.motcua.web.TagColour;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One line of the staff inbox. The time left is a message key with its number (days or hours, in calendar time until
 * the step's due instant) and a colour that repeats it: red overdue, yellow under a day, green otherwise.
 */
public record InboxRow(String code, String href, String procedure, String applicant, String step, String status,
                       String dueAt, String timeLeftKey, long timeLeftAmount, TagColour timeLeftColour) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    static InboxRow of(InboxItem item, Instant now, ZoneId zone, boolean english) {
        String key;
        long amount;
        TagColour colour;
        if (item.dueAt() == null) {
            key = "dossier.inbox.left.none";
            amount = 0;
            colour = TagColour.GREY;
        } else {
            Duration left = Duration.between(now, item.dueAt());
            boolean late = left.isNegative();
            Duration size = left.abs();
            boolean days = size.toHours() >= 24;
            amount = days ? size.toDays() : Math.max(1, size.toHours());
            key = "dossier.inbox." + (late ? "late" : "left") + "." + (days ? "days" : "hours");
            colour = late ? TagColour.RED : days ? TagColour.GREEN : TagColour.YELLOW;
        }
        return new InboxRow(item.code(), "/staff/dossiers/" + item.code(), item.procedureName(), item.applicantName(),
                item.stepName(), english ? item.status().nameEn() : item.status().name(),
                item.dueAt() == null ? "" : WHEN.format(item.dueAt().atZone(zone)), key, amount, colour);
    }
}
