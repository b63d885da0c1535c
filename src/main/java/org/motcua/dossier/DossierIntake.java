package org.motcua.dossier;

import org.motcua.calendar.WorkingCalendars;
import org.motcua.organization.Role;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Submission of dossiers: online by the applicant, or at any one-stop desk on behalf of a walk-in applicant
 * (location-independent: the desk may receive for another ward or a city department).
 */
@Service
public class DossierIntake {

    private static final Logger log = LoggerFactory.getLogger(DossierIntake.class);

    private final ProcedureTermsLookup procedures;
    private final Units units;
    private final DossierCodes codes;
    private final Dossiers dossiers;
    private final WorkingCalendars calendars;
    private final IdempotencyKeys idempotency;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final DossierProperties properties;
    private final Consents consents;
    private final DossierQueries queries;

    DossierIntake(DossierProperties properties, Consents consents, ProcedureTermsLookup procedures, Units units, DossierCodes codes, Dossiers dossiers,
                  WorkingCalendars calendars, IdempotencyKeys idempotency, ApplicationEventPublisher events,
                  JsonMapper json, Optional<Clock> clock,
                  PlatformTransactionManager transactionManager, DossierQueries queries) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.queries = queries;
        this.properties = properties;
        this.consents = consents;
        this.procedures = procedures;
        this.units = units;
        this.codes = codes;
        this.dossiers = dossiers;
        this.calendars = calendars;
        this.idempotency = idempotency;
        this.events = events;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Submits a dossier. With an idempotency key, a retry of the same request returns the dossier created the first
     * time; the same key with a different request is refused.
     *
     * @return the dossier's code
     */
    public String submit(SubmitDossier request, Actor by, String idempotencyKey) {
        return submitted(request, by, idempotencyKey).code();
    }

    /**
     * {@link #submit}, answering with the dossier as its submitter sees it: built from what was just written (equal
     * to a later read: instants in microseconds and json as PostgreSQL keeps them), not read back. A retry with the
     * same idempotency key answers with the dossier of the first attempt, read as it is now.
     */
    public DossierView submitAndView(SubmitDossier request, Actor by, String idempotencyKey) {
        Submitted submitted = submitted(request, by, idempotencyKey);
        return submitted.created() != null ? submitted.created() : queries.view(submitted.code(), by);
    }

    private record Submitted(String code, DossierView created) { }

    private Submitted submitted(SubmitDossier request, Actor by, String idempotencyKey) {
        // Validation and the code number come first, outside the main transaction: a submission never holds two
        // connections at once (no pool starvation under load), and a failed one only leaves a gap in the numbers.
        // Microseconds: what PostgreSQL keeps, so the answer built from memory equals a later read.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Prepared prepared = prepare(request, by, now);
        return transactions.execute(status -> {
            if (idempotencyKey != null) {
                String hash = idempotency.hash(json.writeValueAsString(request));
                Optional<String> earlier = idempotency.claim(by.id(), idempotencyKey, hash);
                if (earlier.isPresent()) {
                    return new Submitted(earlier.get(), null);
                }
                DossierView view = insert(prepared, by, now);
                idempotency.complete(by.id(), idempotencyKey, view.code());
                return new Submitted(view.code(), view);
            }
            DossierView view = insert(prepared, by, now);
            return new Submitted(view.code(), view);
        });
    }

    private record Prepared(DossierState state, String code) { }

    private Prepared prepare(SubmitDossier submitted, Actor by, Instant now) {
        SubmitDossier request = submitted;
        var calendar = calendars.current();
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        if (request.procedureCode() == null || request.procedureCode().isBlank()) {
            throw invalid(List.of(new FieldProblem("procedureCode", "is required")));
        }
        ProcedureTerms terms = procedures.current(submitted.procedureCode()).orElseThrow(() -> new ProblemException(
                ErrorCode.PROCEDURE_NOT_FOUND, "No procedure in force with code '" + submitted.procedureCode() + "'"));
        Consent consent = null;
        ConsentUse.Applied applied = null;
        if (request.consentId() != null) {
            consent = consents.findForUpdate(request.consentId()).orElseThrow(() -> invalid(List.of(
                    new FieldProblem("consentId", "no such consent"))));
            ConsentUse.check(consent, request, by, terms, now);
            applied = ConsentUse.apply(consent, request, json);
            request = new SubmitDossier(request.procedureCode(), request.channel(), request.receivingUnit(),
                    request.competentUnit(), applied.applicant(), applied.form(), request.consentId());
        }
        List<FieldProblem> errors = new ArrayList<>();
        if (request.channel() == null) {
            errors.add(new FieldProblem("channel", "must be ONLINE, IN_PERSON or POSTAL"));
        }
        errors.addAll(ApplicantRules.check(request.applicant(), today));
        if (request.form() == null || !request.form().isObject()) {
            errors.add(new FieldProblem("form", "must be an object with the procedure's form data"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        Unit receiving = receivingUnit(request, by, terms);
        Unit competent = competentUnit(request, receiving, terms);
        List<FieldProblem> quantityErrors = new ArrayList<>();
        List<DossierFee> fees = terms.feesFor(request.channel(), request.form(), quantityErrors);
        List<FieldProblem> formErrors = new ArrayList<>(terms.formValidator().apply(request.form()).stream()
                .map(p -> new FieldProblem("form." + p.field(), p.message())).toList());
        for (FieldProblem q : quantityErrors) {
            String field = "form." + q.field();
            if (formErrors.stream().noneMatch(e -> e.field().equals(field))) {
                formErrors.add(new FieldProblem(field, q.message()));
            }
        }
        if (!formErrors.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_FORM_DATA,
                    formErrors.size() + " field(s) of the form do not match the procedure's form", formErrors);
        }
        DossierState s = new DossierState();
        s.procedureCode = terms.code();
        s.procedureVersion = terms.version();
        s.procedureNameVi = terms.nameVi();
        s.procedureNameEn = terms.nameEn();
        s.channel = request.channel();
        s.receivingUnit = receiving.slug();
        s.competentUnit = competent.slug();
        s.processingUnit = receiving.slug();
        s.applicant = ApplicantRules.normalised(request.applicant());
        s.form = request.form();
        s.timeLimitWorkingDays = terms.timeLimitWorkingDays();
        s.verificationWorkingDays = terms.verificationWorkingDays();
        s.steps = terms.steps();
        s.fees = fees;
        s.feeAtSubmission = terms.feeAtSubmission();
        s.feesDueVnd = s.fees.stream().mapToLong(DossierFee::dueVnd).sum();
        s.submittedBy = by.id();
        if (consent != null) {
            s.consentId = consent.id();
            s.registryStatus = consent.registryStatus();
            s.registryData = applied.registryData();
            s.reusedFields = applied.reusedFields();
            s.registryComponents = consent.componentsFromRegistry();
        }
        return new Prepared(s, codes.next(receiving.agencyCode(), today));
    }

    private DossierView insert(Prepared prepared, Actor by, Instant now) {
        DossierState s = prepared.state();
        s.code = prepared.code();
        if (s.consentId != null) {
            // the row lock makes a second submission with the same consent wait, then see it used
            Consent consent = consents.findForUpdate(s.consentId).orElseThrow();
            if (consent.usedByDossier() != null) {
                throw invalid(List.of(new FieldProblem("consentId",
                        "was already used by dossier " + consent.usedByDossier())));
            }
            consents.markUsed(s.consentId, s.code);
        }
        Dossier dossier = Dossier.submit(s, by, now, calendars.current(), properties.onlineReviewWorkingDays());
        List<HistoryEntry> history = dossiers.insert(dossier);
        dossier.events().forEach(events::publishEvent);
        log.info("Dossier {} submitted ({}, {}) at {} for {}", s.code, s.channel, s.procedureCode, s.receivingUnit,
                s.competentUnit);
        // a new dossier has no components nor data flags yet; its submitter always sees it (see DossierAccess)
        return DossierView.of(dossier, List.of(), history, List.of());
    }

    private Unit receivingUnit(SubmitDossier request, Actor by, ProcedureTerms terms) {
        if (request.channel() == Channel.ONLINE) {
            if (by.kind() != Actor.Kind.CITIZEN) {
                throw new ProblemException(ErrorCode.FORBIDDEN,
                        "Online dossiers are submitted by the applicant; desks use IN_PERSON or POSTAL");
            }
            boolean self = by.id().equals(request.applicant().personalId())
                    || by.id().equals(request.applicant().taxCode());
            if (!self) {
                throw new ProblemException(ErrorCode.APPLICANT_MISMATCH, "You are logged in as " + by.id()
                        + ": an online dossier must name you (your personal ID, or your organisation's tax code) as "
                        + "the applicant. To apply for someone else, go to a one-stop desk with their authorisation.");
            }
            if (terms.fullyOnline() && by.identityLevel() < IdentityLevelInsufficient.REQUIRED) {
                throw new IdentityLevelInsufficient(by.identityLevel());
            }
            String slug = request.receivingUnit() != null ? request.receivingUnit()
                    : terms.department() != null ? terms.department() : request.competentUnit();
            return unit(slug, "receivingUnit");
        }
        if (by.kind() != Actor.Kind.STAFF) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only a one-stop desk takes in IN_PERSON or POSTAL dossiers");
        }
        List<String> desks = by.grants().stream().filter(g -> g.role() == Role.RECEPTION).map(g -> g.unitSlug()).toList();
        String slug = request.receivingUnit() != null ? request.receivingUnit()
                : desks.size() == 1 ? desks.get(0) : null;
        Unit unit = unit(slug, "receivingUnit");
        if (!desks.contains(unit.slug())) {
            throw new ProblemException(ErrorCode.FORBIDDEN,
                    "You are not at the one-stop desk of '" + unit.slug() + "'");
        }
        return unit;
    }

    private Unit competentUnit(SubmitDossier request, Unit receiving, ProcedureTerms terms) {
        if (terms.department() != null) {
            if (request.competentUnit() != null && !request.competentUnit().equals(terms.department())) {
                throw invalid(List.of(new FieldProblem("competentUnit",
                        "this procedure is decided by '" + terms.department() + "'")));
            }
            return units.require(terms.department());
        }
        String slug = request.competentUnit() != null ? request.competentUnit()
                : receiving.type().isWardLevel() ? receiving.slug() : null;
        // mostly the desk's own ward, just read
        Unit unit = receiving.slug().equals(slug) ? receiving : unit(slug, "competentUnit");
        if (!unit.type().isWardLevel()) {
            throw invalid(List.of(new FieldProblem("competentUnit",
                    "this procedure is decided by a ward, commune or special zone")));
        }
        return unit;
    }

    private Unit unit(String slug, String field) {
        if (slug == null || slug.isBlank()) {
            throw invalid(List.of(new FieldProblem(field, "is required")));
        }
        Unit unit = units.find(slug).orElseThrow(() -> invalid(List.of(new FieldProblem(field,
                "no unit '" + slug + "'"))));
        if (!unit.effectiveOn(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))) {
            throw invalid(List.of(new FieldProblem(field, "'" + slug + "' is not in force today"
                    + (unit.successorSlug() == null ? "" : "; its successor is '" + unit.successorSlug() + "'"))));
        }
        return unit;
    }

    private static ProblemException invalid(List<FieldProblem> errors) {
        return new ProblemException(ErrorCode.INVALID_DOSSIER, "The dossier is incomplete or invalid", errors);
    }
}
