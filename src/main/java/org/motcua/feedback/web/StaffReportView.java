package org.motcua.feedback.web;

import org.motcua.feedback.FeedbackStatus;
import org.motcua.feedback.PhotoRef;
import org.motcua.feedback.PublicReport;
import org.motcua.feedback.ReportDetail;
import org.motcua.feedback.ReportHistoryEntry;
import org.motcua.web.TagColour;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A report as its staff page shows it. {@code contact} is null when the official may not see the reporter's contact
 * (only the handlers, the city administrator and the operator who took the call do); {@code mapHref} opens the point
 * in OpenStreetMap (no map on the page itself).
 */
public record StaffReportView(long id, String category, String statusKey, TagColour statusColour, String channelKey,
                              String description, String address, String coordinates, String mapHref, String unit,
                              String routedKey, String received, String due, String timeLeftKey,
                              long timeLeftAmount, TagColour timeLeftColour, String escalated, String answer,
                              String answered, Integer rating, int reopenCount, List<Row> contact,
                              List<PhotoLink> photos, List<Long> duplicates, List<HistoryRow> history,
                              boolean canStart, boolean canAnswer, boolean canTransfer) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** A labelled value (the label a message key). */
    public record Row(String labelKey, String value) {
    }

    /** A photo of the report or of its answer. */
    public record PhotoLink(String href, String kindKey, int number) {
    }

    /** A line of the history. */
    public record HistoryRow(String at, String actionKey, String actor, String fromKey, String toKey, String unit,
                             String note) {
    }

    static StaffReportView of(ReportDetail detail, String categoryName, Function<String, String> unitNames,
                              boolean seesContact, boolean handler, boolean dispatcher, Instant now, ZoneId zone) {
        PublicReport r = detail.report();
        ZoneId z = zone;
        String coordinates = null;
        String map = null;
        if (r.latitude() != null && r.longitude() != null) {
            String lat = String.format(Locale.ROOT, "%.6f", r.latitude());
            String lon = String.format(Locale.ROOT, "%.6f", r.longitude());
            coordinates = lat + ", " + lon;
            map = "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=18/" + lat + "/" + lon;
        }
        String leftKey;
        long amount = 0;
        TagColour leftColour;
        if (!r.status().awaitsAnswer()) {
            leftKey = "feedback.staff.left.answered";
            leftColour = TagColour.GREY;
        } else {
            Duration left = Duration.between(now, r.dueAt());
            boolean late = left.isNegative();
            boolean days = left.abs().toHours() >= 24;
            amount = days ? left.abs().toDays() : Math.max(1, left.abs().toHours());
            leftKey = "feedback.staff." + (late ? "late" : "left") + "." + (days ? "days" : "hours");
            leftColour = late ? TagColour.RED : days ? TagColour.GREEN : TagColour.YELLOW;
        }
        List<Row> contact = null;
        if (seesContact) {
            contact = new ArrayList<>();
            contact.add(new Row("feedback.form.contact.name", orDash(detail.contactName())));
            contact.add(new Row("feedback.form.contact.phone", orDash(detail.contactPhone())));
            contact.add(new Row("feedback.form.contact.email", orDash(detail.contactEmail())));
        }
        List<PhotoLink> photos = new ArrayList<>();
        java.util.Map<String, Integer> perKind = new java.util.HashMap<>();
        for (PhotoRef p : detail.photos()) {
            photos.add(new PhotoLink("/staff/feedback/" + r.id() + "/photos/" + p.id(),
                    "feedback.staff.photo." + p.kind(), perKind.merge(p.kind(), 1, Integer::sum)));
        }
        List<HistoryRow> history = detail.history().stream().map(h -> history(h, unitNames, z, seesContact)).toList();
        boolean open = r.status() == FeedbackStatus.ASSIGNED || r.status() == FeedbackStatus.IN_PROGRESS;
        return new StaffReportView(r.id(), categoryName, "feedback.status." + r.status().name(), colour(r.status()),
                "feedback.staff.channel." + detail.channel().name(), r.description(), r.address(), coordinates, map,
                r.unit() == null ? null : unitNames.apply(r.unit()),
                detail.routedBy() == null ? null : "feedback.staff.routed." + detail.routedBy(),
                when(r.receivedAt(), z), when(r.dueAt(), z), leftKey, amount, leftColour,
                when(detail.escalatedAt(), z), r.answer(), when(r.answeredAt(), z), r.rating(), detail.reopenCount(),
                contact, photos, detail.possibleDuplicates(), history,
                handler && r.status() == FeedbackStatus.ASSIGNED, handler && open, (handler || dispatcher) && open);
    }

    /** A logged-in reporter is recorded by personal ID or tax code: shown only to those who see the contact. */
    private static HistoryRow history(ReportHistoryEntry h, Function<String, String> unitNames, ZoneId zone,
                                      boolean seesContact) {
        String actor = !seesContact && h.actor() != null && h.actor().matches("\\d{9,13}") ? "–" : h.actor();
        return new HistoryRow(when(h.at(), zone), "feedback.staff.action." + h.action(), actor,
                h.fromStatus() == null ? null : "feedback.status." + h.fromStatus().name(),
                "feedback.status." + h.toStatus().name(), h.unit() == null ? "" : unitNames.apply(h.unit()),
                h.note() == null ? "" : h.note());
    }

    static TagColour colour(FeedbackStatus status) {
        switch (status) {
            case ANSWERED:
                return TagColour.GREEN;
            case CLOSED:
                return TagColour.GREY;
            case IN_PROGRESS:
                return TagColour.YELLOW;
            default:
                return TagColour.BLUE;
        }
    }

    private static String when(Instant at, ZoneId zone) {
        return at == null ? null : WHEN.format(at.atZone(zone));
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
