package org.motcua.feedback;

import org.motcua.calendar.WorkingCalendars;
import org.motcua.identity.Caller;
import org.motcua.organization.Role;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The handling of a report after receipt: routing to the unit, the unit's actions (start, answer, transfer) and the
 * reporter's (accept, reopen, rate). Staff act on reports of their own unit as processor or leader; the city
 * administrator dispatches (transfers) what routing left at the city.
 */
@Service
public class FeedbackHandling {

    private static final Logger log = LoggerFactory.getLogger(FeedbackHandling.class);

    private final FeedbackReports reports;
    private final FeedbackRouting routing;
    private final FeedbackPhotos photos;
    private final Categories categories;
    private final WorkingCalendars calendars;
    private final FeedbackProperties properties;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackHandling(FeedbackReports reports, FeedbackRouting routing, FeedbackPhotos photos, Categories categories,
                     WorkingCalendars calendars, FeedbackProperties properties, Units units,
                     ApplicationEventPublisher events, Optional<Clock> clock) {
        this.reports = reports;
        this.routing = routing;
        this.photos = photos;
        this.categories = categories;
        this.calendars = calendars;
        this.properties = properties;
        this.units = units;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Routes a received report; nothing when another node already did. */
    @Transactional
    public void assign(long id) {
        reports.lock(id).filter(r -> r.status() == FeedbackStatus.RECEIVED).ifPresent(this::assign);
    }

    /** Routes every received report (the sweep behind the event listener); returns how many. */
    @Transactional
    public int assignReceived(int limit) {
        List<Report> received = reports.claimReceived(limit);
        received.forEach(this::assign);
        return received.size();
    }

    private void assign(Report report) {
        Routed routed = routing.route(report);
        report.assign(routed.unit(), routed.how(), clock.instant());
        save(report);
        log.info("Feedback report {} assigned to {} ({})", report.id(), routed.unit(), routed.how());
    }

    @Transactional
    public void start(long id, Caller caller) {
        act(id, caller, r -> r.start(caller.id(), clock.instant()));
    }

    @Transactional
    public void answer(long id, String text, List<Photo> checkedPhotos, Caller caller) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidParameter("text", "the answer is required");
        }
        if (text.length() > FeedbackIntake.MAX_DESCRIPTION) {
            throw ProblemException.invalidParameter("text", "is longer than " + FeedbackIntake.MAX_DESCRIPTION);
        }
        photos.requireCount(checkedPhotos);
        Instant now = clock.instant();
        act(id, caller, r -> r.answer(text.strip(), caller.id(), now));
        photos.store(id, "ANSWER", checkedPhotos, now);
    }

    @Transactional
    public void transfer(long id, String toUnit, String reason, Caller caller) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidParameter("reason", "a transfer needs a reason");
        }
        if (toUnit == null || units.find(toUnit).filter(u -> u.effectiveTo() == null).isEmpty()) {
            throw ProblemException.invalidParameter("toUnit", "no such unit '" + toUnit + "'");
        }
        Report report = load(id);
        boolean dispatcher = isCityAdmin(caller);
        if (!dispatcher) {
            requireHandler(report, caller);
        }
        report.transfer(toUnit, reason.strip(), caller.id(), clock.instant());
        save(report);
    }

    /** The reporter accepts the answer (private link). */
    @Transactional
    public void accept(String followToken) {
        Report report = byToken(followToken);
        report.acceptAnswer(clock.instant());
        save(report);
    }

    /** The reporter reopens the answer with a reason within the configured period; the unit gets a new deadline. */
    @Transactional
    public void reopen(String followToken, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidParameter("reason", "say why the answer does not settle it");
        }
        Report report = byToken(followToken);
        Instant now = clock.instant();
        Category category = categories.find(report.category()).orElseThrow();
        report.reopen(reason.strip(), properties.reopenWithin(), calendars.deadline(now, category.workingDays()).due(),
                now);
        save(report);
    }

    /** The reporter rates the answer 1–5. */
    @Transactional
    public void rate(String followToken, int stars, String comment) {
        if (stars < 1 || stars > 5) {
            throw ProblemException.invalidParameter("rating", "must be 1 to 5");
        }
        if (comment != null && comment.length() > 1000) {
            throw ProblemException.invalidParameter("comment", "is longer than 1000 characters");
        }
        Report report = byToken(followToken);
        report.rate(stars, FeedbackIntake.blankToNull(comment), clock.instant());
        save(report);
    }

    /** The report behind a follow token, else 404. */
    Report byToken(String followToken) {
        return reports.byFollowTokenHash(FeedbackIntake.hash(followToken == null ? "" : followToken))
                .flatMap(r -> reports.lock(r.id()))
                .orElseThrow(FeedbackHandling::notFound);
    }

    private void act(long id, Caller caller, Consumer<Report> action) {
        Report report = load(id);
        requireHandler(report, caller);
        action.accept(report);
        save(report);
    }

    private Report load(long id) {
        return reports.lock(id).orElseThrow(FeedbackHandling::notFound);
    }

    private void save(Report report) {
        if (!reports.update(report)) {
            throw new ProblemException(ErrorCode.CONFLICT, "Someone else changed report " + report.id()
                    + " at the same time; reload it");
        }
        report.events().forEach(events::publishEvent);
    }

    /** Processors and leaders of the report's unit handle it. */
    static void requireHandler(Report report, Caller caller) {
        boolean handler = caller.kind() == Caller.Kind.STAFF && report.unit() != null && caller.grants().stream()
                .anyMatch(g -> g.unitSlug().equals(report.unit())
                        && (g.role() == Role.PROCESSOR || g.role() == Role.LEADER));
        if (!handler) {
            throw new ProblemException(ErrorCode.FORBIDDEN,
                    "Only processors and leaders of the unit the report is assigned to handle it");
        }
    }

    private boolean isCityAdmin(Caller caller) {
        String city = units.city().slug();
        return caller.kind() == Caller.Kind.STAFF && caller.grants().stream()
                .anyMatch(g -> g.unitSlug().equals(city) && g.role() == Role.ADMIN);
    }

    static ProblemException notFound() {
        return new ProblemException(ErrorCode.FEEDBACK_REPORT_NOT_FOUND, "No such feedback report");
    }
}
