package org.motcua.dossier;

import org.motcua.calendar.WorkingCalendars;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Performs the actions of the dossier lifecycle, one transaction each, with optimistic locking. */
@Service
public class DossierActions {

    private static final Logger log = LoggerFactory.getLogger(DossierActions.class);

    private final Dossiers dossiers;
    private final DossierAccess access;
    private final WorkingCalendars calendars;
    private final Units units;
    private final ResultDocuments results;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierActions(Dossiers dossiers, DossierAccess access, WorkingCalendars calendars,
                   Units units, ResultDocuments results, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.dossiers = dossiers;
        this.access = access;
        this.calendars = calendars;
        this.units = units;
        this.results = results;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @return the status the action left the dossier in */
    @Transactional
    public DossierStatus perform(String code, ActionRequest request, Actor by) {
        return act(code, request, by).status();
    }

    /**
     * {@link #perform}, answering with the dossier as the actor sees it after the action: built from the state the
     * action wrote (equal to a later read: instants in microseconds), with its components, slip and data flags read
     * in the same transaction, instead of reading the dossier again. Not found when the action took the dossier out
     * of the actor's sight (a transfer to another unit), as a read afterwards would be: that action is committed all
     * the same (no rollback for {@link DossierNotFound}; when the dossier itself is not found, nothing was written).
     */
    @Transactional(noRollbackFor = DossierNotFound.class)
    public DossierView performAndView(String code, ActionRequest request, Actor by) {
        Dossier after = act(code, request, by);
        if (!DossierAccess.canSee(after, by)) {
            throw new DossierNotFound(code);
        }
        long id = after.state().id;
        return DossierView.of(after, dossiers.components(id), dossiers.history(id), dossiers.flags(id));
    }

    private Dossier act(String code, ActionRequest request, Actor by) {
        if (request == null || request.action() == null) {
            throw new ProblemException(ErrorCode.INVALID_ACTION, "Name the action", List.of(new FieldProblem("action",
                    "must be one of RECEIVE, FORWARD, REQUEST_SUPPLEMENT, SUPPLEMENT, REFUSE, TRANSFER, STOP, "
                            + "WITHDRAW, RETURN_RESULT, APOLOGIZE")));
        }
        Dossier dossier = access.visible(code, by);
        // microseconds: what PostgreSQL keeps, so the state in memory equals the stored one
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var calendar = calendars.current();
        List<String> attachments = attachments(dossier.state().id, request.attachments());
        switch (request.action()) {
            case RECEIVE -> dossier.receive(by, now, calendar);
            case REFUSE -> dossier.refuse(by, now, request.reason());
            case FORWARD -> dossier.forward(by, now, request.note(), attachments, calendar);
            case REQUEST_SUPPLEMENT -> dossier.requestSupplement(by, now, request.missing(), request.reason());
            case SUPPLEMENT -> dossier.supplement(by, now, request.note(), attachments, calendar);
            case TRANSFER -> dossier.transfer(by, now, transferTarget(request.toUnit()), request.reason(), calendar);
            case STOP -> dossier.stop(by, now, request.reason());
            case WITHDRAW -> dossier.withdraw(by, now, request.reason());
            case RETURN_RESULT -> dossier.returnResult(by, now, request.note());
            case APOLOGIZE -> dossier.apologize(by, now, request.reason(), request.newAppointmentAt() == null ? null
                    : request.newAppointmentAt().truncatedTo(ChronoUnit.MICROS));
            case EXTEND_FOR_VERIFICATION -> dossier.extendForVerification(by, now, request.reason(), calendar);
            case SUBMIT, MARK_OVERDUE, AWAIT_PAYMENT, FEE_PAID, EXEMPT_FEE, APPLY_FEE -> throw new ProblemException(ErrorCode.INVALID_ACTION,
                    request.action() + " is not an action callers perform",
                    List.of(new FieldProblem("action", "not allowed here")));
        }
        if (dossier.status() == DossierStatus.FINISHED && dossier.state().resultFiles.isEmpty()) {
            StoredFile result = results.generate(dossier);
            dossiers.addUpload(dossier.state().id, result, "ket-qua-" + code + ".pdf", "system", now);
            dossier.attachGeneratedResult(result.id());
        }
        if (!dossiers.update(dossier)) {
            throw new ProblemException(ErrorCode.DOSSIER_MODIFIED_CONCURRENTLY,
                    "Dossier " + code + " was changed by someone else at the same time; reload it and try again");
        }
        dossier.events().forEach(events::publishEvent);
        log.info("Dossier {}: {} by {} → {}", code, request.action(), by.id(), dossier.status());
        return dossier;
    }

    private String transferTarget(String slug) {
        if (slug == null || slug.isBlank()) {
            throw new ProblemException(ErrorCode.INVALID_ACTION, "Name the unit to transfer to",
                    List.of(new FieldProblem("toUnit", "is required")));
        }
        return units.find(slug).filter(u -> u.effectiveOn(LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")))))
                .map(u -> u.slug())
                .orElseThrow(() -> new ProblemException(ErrorCode.INVALID_ACTION, "No unit '" + slug + "'",
                        List.of(new FieldProblem("toUnit", "no such unit"))));
    }

    private List<String> attachments(long dossierId, List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || !dossiers.hasUpload(dossierId, ids.get(i))) {
                throw new ProblemException(ErrorCode.INVALID_ACTION, "Unknown attachment",
                        List.of(new FieldProblem("attachments[" + i + "]", "upload the file to the dossier first")));
            }
        }
        return List.copyOf(ids);
    }
}
