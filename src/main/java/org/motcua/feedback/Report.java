package org.motcua.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A feedback report (phản ánh) and the rules of its handling: received → assigned → in progress → answered → closed,
 * reopened by the reporter within a period, transferred between units, escalated once when late. Each transition
 * checks the current status, appends a history line and registers a past-tense event.
 */
public final class Report {

    long id;
    String category;
    String description;
    FeedbackChannel channel;
    FeedbackStatus status;
    Double latitude;
    Double longitude;
    String address;
    String chosenUnit;
    String unit;
    String routedBy;
    String contactName;
    String contactPhone;
    String contactEmail;
    String reporterSubject;
    String operator;
    Map<String, String> attributes = Map.of();
    String deviceId;
    String mediaUrl;
    String open311Token;
    Instant receivedAt;
    Instant assignedAt;
    Instant dueAt;
    String answer;
    Instant answeredAt;
    String answeredBy;
    Instant closedAt;
    String closeReason;
    int reopenCount;
    Instant escalatedAt;
    Integer rating;
    String ratingComment;
    Instant updatedAt;
    int version;

    private final List<Object> events = new ArrayList<>();
    private final List<ReportHistoryEntry> newHistory = new ArrayList<>();

    Report() {
    }

    /** A new report as received; {@code id} and tokens are given by the store. */
    static Report received(long id, String category, String description, FeedbackChannel channel, Double latitude,
                           Double longitude, String address, String chosenUnit, String actor, Instant at,
                           Instant dueAt) {
        Report r = new Report();
        r.id = id;
        r.category = category;
        r.description = description;
        r.channel = channel;
        r.latitude = latitude;
        r.longitude = longitude;
        r.address = address;
        r.chosenUnit = chosenUnit;
        r.receivedAt = at;
        r.updatedAt = at;
        r.dueAt = dueAt;
        r.status = FeedbackStatus.RECEIVED;
        r.newHistory.add(new ReportHistoryEntry(at, "RECEIVE", actor, null, FeedbackStatus.RECEIVED, null,
                channel.name()));
        r.events.add(new FeedbackReceived(id, category, channel, at));
        return r;
    }

    /** Routes the received report to its unit (the assignment job). */
    public void assign(String toUnit, String how, Instant at) {
        require(status == FeedbackStatus.RECEIVED, "Only a received report is assigned");
        this.unit = toUnit;
        this.routedBy = how;
        this.assignedAt = at;
        move(FeedbackStatus.ASSIGNED, "ASSIGN", "system", at, how);
        events.add(new FeedbackAssigned(id, toUnit, how, dueAt, at));
    }

    /** The unit starts handling it. */
    public void start(String by, Instant at) {
        require(status == FeedbackStatus.ASSIGNED, "Only an assigned report can be started");
        move(FeedbackStatus.IN_PROGRESS, "START", by, at, null);
        events.add(new FeedbackStarted(id, unit, by, at));
    }

    /** The unit's answer (trả lời); on time when given by the deadline. */
    public void answer(String text, String by, Instant at) {
        require(status == FeedbackStatus.ASSIGNED || status == FeedbackStatus.IN_PROGRESS,
                "Only a report being handled can be answered");
        this.answer = text;
        this.answeredAt = at;
        this.answeredBy = by;
        move(FeedbackStatus.ANSWERED, "ANSWER", by, at, null);
        events.add(new FeedbackAnswered(id, unit, onTime(), at));
    }

    /** Passes the report on to another unit; the deadline stays, the reporter has waited since receipt. */
    public void transfer(String toUnit, String reason, String by, Instant at) {
        require(status == FeedbackStatus.ASSIGNED || status == FeedbackStatus.IN_PROGRESS,
                "Only a report being handled can be transferred");
        require(!toUnit.equals(unit), "The report is already with that unit");
        String from = unit;
        this.unit = toUnit;
        this.routedBy = "TRANSFER";
        move(FeedbackStatus.ASSIGNED, "TRANSFER", by, at, reason);
        events.add(new FeedbackTransferred(id, from, toUnit, reason, at));
    }

    /** The reporter accepts the answer. */
    public void acceptAnswer(Instant at) {
        require(status == FeedbackStatus.ANSWERED, "Only an answered report can be accepted");
        close("SATISFIED", "reporter", at);
    }

    /** Closes an answered report nobody reacted to within {@code after}; false when not yet due for it. */
    public boolean autoClose(Duration after, Instant now) {
        if (status != FeedbackStatus.ANSWERED || answeredAt.plus(after).isAfter(now)) {
            return false;
        }
        close("AUTO", "system", now);
        return true;
    }

    /**
     * The reporter reopens the answer within {@code window} of it, with a reason; the unit has a new deadline.
     */
    public void reopen(String reason, Duration window, Instant newDue, Instant at) {
        require(status == FeedbackStatus.ANSWERED || status == FeedbackStatus.CLOSED,
                "Only an answered or closed report can be reopened");
        require(!answeredAt.plus(window).isBefore(at), "The period for reopening the answer is over");
        this.reopenCount++;
        this.closedAt = null;
        this.closeReason = null;
        this.answeredAt = null;
        this.answeredBy = null;
        this.dueAt = newDue;
        this.escalatedAt = null;
        move(FeedbackStatus.IN_PROGRESS, "REOPEN", "reporter", at, reason);
        events.add(new FeedbackReopened(id, unit, reason, newDue, at));
    }

    /** Escalates to the city level once the deadline passed unanswered; false when not (or already) due for it. */
    public boolean escalate(String cityUnit, Instant now) {
        if (escalatedAt != null || !status.awaitsAnswer() || status == FeedbackStatus.RECEIVED
                || !dueAt.isBefore(now)) {
            return false;
        }
        this.escalatedAt = now;
        this.updatedAt = now;
        newHistory.add(new ReportHistoryEntry(now, "ESCALATE", "system", status, status, cityUnit,
                "overdue since " + dueAt));
        events.add(new FeedbackEscalated(id, unit, cityUnit, dueAt, now));
        return true;
    }

    /** The reporter's rating of the answer, 1 (bad) to 5 (very good); may be changed. */
    public void rate(int stars, String comment, Instant at) {
        require(status == FeedbackStatus.ANSWERED || status == FeedbackStatus.CLOSED,
                "Only an answer can be rated");
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("rating must be 1 to 5");
        }
        this.rating = stars;
        this.ratingComment = comment;
        this.updatedAt = at;
        newHistory.add(new ReportHistoryEntry(at, "RATE", "reporter", status, status, unit, String.valueOf(stars)));
        events.add(new FeedbackRated(id, unit, stars, at));
    }

    /** Answered by the deadline (null while unanswered). */
    public Boolean onTime() {
        return answeredAt == null ? null : !answeredAt.isAfter(dueAt);
    }

    private void close(String reason, String by, Instant at) {
        this.closedAt = at;
        this.closeReason = reason;
        move(FeedbackStatus.CLOSED, "CLOSE", by, at, reason);
        events.add(new FeedbackClosed(id, unit, reason, at));
    }

    private void move(FeedbackStatus to, String action, String by, Instant at, String note) {
        newHistory.add(new ReportHistoryEntry(at, action, by, status, to, unit, note));
        this.status = to;
        this.updatedAt = at;
    }

    private void require(boolean condition, String message) {
        if (!condition) {
            throw new FeedbackActionNotAllowed(status, message);
        }
    }

    /** Events registered since loading, to publish after saving. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    List<ReportHistoryEntry> newHistory() {
        return List.copyOf(newHistory);
    }

    /** The new history lines were stored; the events stay for the caller to publish. */
    void saved() {
        newHistory.clear();
    }

    public long id() { return id; }
    public String category() { return category; }
    public String description() { return description; }
    public FeedbackChannel channel() { return channel; }
    public FeedbackStatus status() { return status; }
    public Double latitude() { return latitude; }
    public Double longitude() { return longitude; }
    public String address() { return address; }
    public String unit() { return unit; }
    public String routedBy() { return routedBy; }
    public Instant receivedAt() { return receivedAt; }
    public Instant dueAt() { return dueAt; }
    public String answer() { return answer; }
    public Instant answeredAt() { return answeredAt; }
    public Instant closedAt() { return closedAt; }
    public Instant escalatedAt() { return escalatedAt; }
    public Integer rating() { return rating; }
    public Instant updatedAt() { return updatedAt; }
}
