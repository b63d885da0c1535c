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

    @Transactional
    public DossierStatus perform(String code, ActionRequest request, Actor by) {
        if (request == null || request.action() == null) {
            throw new ProblemException(ErrorCode.INVALID_ACTION, "Name the action", List.of(new FieldProblem("action",
                    "must be one of RECEIVE, FORWARD, REQUEST_SUPPLEMENT, SUPPLEMENT, REFUSE, TRANSFER, STOP, "
                            + "WITHDRAW, RETURN_RESULT, APOLOGIZE")));
        }
        Dossier dossier = access.visible(code, by);
        Instant now = clock.instant();
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
            case APOLOGIZE -> dossier.apologize(by, now, request.reason(), request.newAppointmentAt());
            case EXTEND_FOR_VERIFICATION -> dossier.extendForVerification(by, now, request.reason(), calendar);
            case SUBMIT, MARK_OVERDUE, AWAIT_PAYMENT, FEE_PAID, EXEMPT_FEE -> throw new ProblemException(ErrorCode.INVALID_ACTION,
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
        return dossier.status();
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
