package org.motcua.dossier;

import org.motcua.calendar.WorkingCalendar;
import org.motcua.organization.Role;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;

import java.math.BigDecimal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.motcua.dossier.DossierStatus.AWAITING_PAYMENT;
import static org.motcua.dossier.DossierStatus.FINISHED;
import static org.motcua.dossier.DossierStatus.PROCESSING;
import static org.motcua.dossier.DossierStatus.RECEIVED;
import static org.motcua.dossier.DossierStatus.REFUSED;
import static org.motcua.dossier.DossierStatus.RESULT_RETURNED;
import static org.motcua.dossier.DossierStatus.STOPPED;
import static org.motcua.dossier.DossierStatus.SUBMITTED;
import static org.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static org.motcua.dossier.DossierStatus.WITHDRAWN;

/**
 * The dossier aggregate (hồ sơ). Every transition checks the status and the actor, updates the deadlines by the
 * working calendar, and appends a line to the process-control slip and an event; nothing else changes its state.
 *
 * <p>On time (Decree 118/2025): the end of processing is not after the appointment, the time spent waiting for the
 * applicant's supplement not counted, and at most one supplement was requested.
 */
public final class Dossier {

    private final DossierState s;
    private final List<HistoryEntry> newHistory = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    Dossier(DossierState state) {
        this.s = state;
    }

    /** A new dossier, submitted online (status 1) or taken in at a desk by reception (received at once, status 2). */
    static Dossier submit(DossierState state, Actor by, Instant at, WorkingCalendar calendar,
                          BigDecimal onlineReviewWorkingDays) {
        Dossier dossier = new Dossier(state);
        state.status = SUBMITTED;
        state.submittedAt = at;
        state.lastActionAt = at;
        dossier.record(DossierAction.SUBMIT, by, null, SUBMITTED, null, Map.of());
        dossier.events.add(new DossierSubmitted(state.code, state.procedureCode, state.receivingUnit,
                state.competentUnit, state.channel, at));
        if (state.channel != Channel.ONLINE) {
            dossier.receive(by, at, calendar);
        } else {
            // not a legal deadline: the desk's own target for checking an online submission
            state.currentStepDueAt = calendar.due(at, onlineReviewWorkingDays);
        }
        return dossier;
    }

    // ---- transitions ------------------------------------------------------------------------------------------

    /** Reception accepts the dossier: the legal clock starts, the appointment date is fixed (form 01). */
    public void receive(Actor by, Instant at, WorkingCalendar calendar) {
        s.lastActionAt = at;
        requireStatus(DossierAction.RECEIVE, SUBMITTED);
        requireStaff(by, s.receivingUnit, Role.RECEPTION, "Only the one-stop desk of the receiving unit receives it");
        if (s.channel == Channel.ONLINE && s.feeAtSubmission && owesFee()) {
            throw new FeeNotPaid(s.status, "The fees of " + s.code + " (" + s.feesDueVnd + " VND) are paid with "
                    + "the submission: it is received once the payment platform confirms them or the desk records "
                    + "the payment at the counter");
        }
        s.receivedAt = at;
        s.appointmentAt = s.timeLimitWorkingDays.signum() == 0 ? calendar.sameDayDue(at)
                : calendar.due(at, s.timeLimitWorkingDays);
        s.originalAppointmentAt = s.appointmentAt;
        s.legalDueAt = s.appointmentAt;
        DossierStatus from = s.status;
        s.status = RECEIVED;
        enterStep(0, at, calendar);
        record(DossierAction.RECEIVE, by, from, RECEIVED, null, Map.of("appointmentAt", s.appointmentAt.toString(),
                "nextStep", currentStep().id(), "nextUnit", unitOf(currentStep()),
                "nextRole", currentStep().role().code(), "nextDueAt", s.currentStepDueAt.toString()));
        events.add(new DossierReceived(s.code, s.procedureCode, s.receivingUnit, s.competentUnit, at,
                s.appointmentAt, s.channel));
    }

    /** Refusal at intake (form 03): the dossier is not accepted; a reason is required. */
    public void refuse(Actor by, Instant at, String reason) {
        s.lastActionAt = at;
        requireStatus(DossierAction.REFUSE, SUBMITTED, RECEIVED);
        if (s.status == RECEIVED && s.currentStep > 0) {
            throw new DossierRuleViolation(s.status, "A dossier can only be refused at intake, before it is forwarded");
        }
        requireStaff(by, s.receivingUnit, Role.RECEPTION, "Only the one-stop desk of the receiving unit refuses it");
        requireText(reason, "reason");
        end(DossierAction.REFUSE, by, at, REFUSED, reason, Map.of());
        events.add(new DossierFinished(s.code, s.procedureCode, s.competentUnit, REFUSED, at, s.onTime));
        events.add(new DossierRefused(s.code, s.receivingUnit, reason.strip(), at));
    }

    /**
     * Completes the current step and hands the dossier to the next one; the last step finishes processing (status 9)
     * with the result.
     */
    public void forward(Actor by, Instant at, String note, List<String> attachments, WorkingCalendar calendar) {
        s.lastActionAt = at;
        requireStatus(DossierAction.FORWARD, RECEIVED, PROCESSING);
        ProcessStep step = currentStep();
        requireStaff(by, unitOf(step), step.role(), "The current step '" + step.nameVi() + "' belongs to "
                + step.role().code() + " of " + unitOf(step));
        if (s.currentStep + 1 >= s.steps.size() && owesFee()) {
            throw new FeeNotPaid(s.status, "Dossier " + s.code + " owes " + s.feesDueVnd + " VND of fees, not paid: "
                    + "processing finishes once they are paid (online, or recorded at the counter) or exempted");
        }
        DossierStatus from = s.status;
        int completed = s.currentStep;
        boolean stepLate = s.currentStepDueAt != null && at.isAfter(s.currentStepDueAt);
        String completedStepDue = s.currentStepDueAt == null ? "" : s.currentStepDueAt.toString();
        events.add(new StepCompleted(s.code, completed, step.id(), unitOf(step), step.role().code(), by.id(), at,
                !stepLate));
        if (completed + 1 < s.steps.size()) {
            s.status = PROCESSING;
            enterStep(completed + 1, at, calendar);
            record(DossierAction.FORWARD, by, from, PROCESSING, note, attachments, completed,
                    Map.of("completedStep", step.id(), "completedStepDueAt", completedStepDue,
                            "nextStep", currentStep().id(), "nextUnit", unitOf(currentStep()),
                            "nextRole", currentStep().role().code(), "nextDueAt", s.currentStepDueAt.toString(),
                            "stepOnTime", !stepLate));
        } else {
            s.status = FINISHED;
            s.finishedAt = at;
            s.resultFiles = List.copyOf(attachments);
            closeProcessing(at);
            record(DossierAction.FORWARD, by, from, FINISHED, note, attachments, completed,
                    Map.of("completedStep", step.id(), "completedStepDueAt", completedStepDue,
                            "stepOnTime", !stepLate, "onTime", s.onTime));
            events.add(new DossierFinished(s.code, s.procedureCode, s.competentUnit, FINISHED, at, s.onTime));
        }
    }

    /** Sets the result document when the last step finished without one (the platform generated it). */
    public void attachGeneratedResult(String fileId) {
        if (s.status != FINISHED || !s.resultFiles.isEmpty()) {
            throw new IllegalStateException("The result of " + s.code + " is already set");
        }
        s.resultFiles = List.of(fileId);
        s.resultGenerated = true;
    }

    /** Asks the applicant for what is missing (form 02); the deadline stops until the supplement arrives. */
    public void requestSupplement(Actor by, Instant at, List<String> missing, String reason) {
        s.lastActionAt = at;
        requireStatus(DossierAction.REQUEST_SUPPLEMENT, SUBMITTED, RECEIVED, PROCESSING);
        if (s.status == SUBMITTED) {
            requireStaff(by, s.receivingUnit, Role.RECEPTION, "Only the receiving desk reviews a new submission");
        } else {
            ProcessStep step = currentStep();
            requireStaff(by, unitOf(step), step.role(), "Only the holder of the current step asks for a supplement");
        }
        requireText(reason, "reason");
        if (missing == null || missing.isEmpty() || missing.stream().anyMatch(m -> m == null || m.isBlank())) {
            throw new ProblemException(ErrorCode.INVALID_ACTION,
                    "Say what is missing", List.of(new FieldProblem("missing",
                    "list at least one missing item, none blank")));
        }
        DossierStatus from = s.status;
        s.statusBeforePause = from;
        s.pausedAt = at;
        if (from != SUBMITTED) {
            s.supplementRequests++;
        }
        s.status = SUPPLEMENT_REQUESTED;
        record(DossierAction.REQUEST_SUPPLEMENT, by, from, SUPPLEMENT_REQUESTED, reason,
                Map.of("missing", List.copyOf(missing), "supplementRequests", s.supplementRequests));
        events.add(new SupplementRequested(s.code, List.copyOf(missing), reason, at, s.supplementRequests));
    }

    /**
     * The applicant (or the desk on their behalf) provides what was missing; the deadlines move by the working time
     * spent waiting.
     */
    public void supplement(Actor by, Instant at, String note, List<String> attachments, WorkingCalendar calendar) {
        s.lastActionAt = at;
        requireStatus(DossierAction.SUPPLEMENT, SUPPLEMENT_REQUESTED);
        requireApplicantOrDesk(by, "Only the applicant or the receiving desk provides the supplement");
        DossierStatus back = s.statusBeforePause;
        Duration waited = resumeAfterPause(at, calendar);
        record(DossierAction.SUPPLEMENT, by, SUPPLEMENT_REQUESTED, back, note, attachments, s.currentStep,
                Map.of("waitedWorkingMinutes", waited.toMinutes(),
                        "appointmentAt", s.appointmentAt == null ? "" : s.appointmentAt.toString()));
        events.add(new SupplementProvided(s.code, at, s.legalDueAt));
    }

    /**
     * A bill for the dossier's fees was issued while it is being processed: it waits for the financial obligation
     * (chờ thực hiện nghĩa vụ tài chính, status 6) and, as for a supplement, the time waited is not counted.
     */
    public void awaitPayment(Actor by, Instant at, String billId) {
        s.lastActionAt = at;
        requireStatus(DossierAction.AWAIT_PAYMENT, RECEIVED, PROCESSING);
        requireApplicantOrDesk(by, "Only the applicant or the receiving desk asks for the fee to be paid");
        if (!owesFee()) {
            throw new DossierRuleViolation(s.status, paid() ? "The fee was already paid" : "The dossier owes no fee");
        }
        DossierStatus from = s.status;
        s.statusBeforePause = from;
        s.pausedAt = at;
        s.status = AWAITING_PAYMENT;
        record(DossierAction.AWAIT_PAYMENT, by, from, AWAITING_PAYMENT, null,
                Map.of("billId", billId, "feesDueVnd", s.feesDueVnd));
    }

    /**
     * The payment platform confirmed the fee (its notification, never the browser's return): recorded as paid online;
     * a dossier waiting for it (status 6) goes back to the step it was in, the deadlines moved by the time waited.
     * Recorded once: a second payment of the same dossier is a rule violation.
     */
    public void feePaid(Instant at, String billId, String transactionId, long amountVnd, WorkingCalendar calendar) {
        if (paid()) {
            throw new DossierRuleViolation(s.status, "The fee of " + s.code + " was already paid");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("billId", billId);
        details.put("transactionId", transactionId);
        details.put("amountVnd", amountVnd);
        details.put("online", true);
        s.feePaidOnline = true;
        paid(Actor.system(), at, "ONLINE", details, calendar);
    }

    /**
     * The one-stop desk (reception, or the clerk who collects the fee and returns the result) of the receiving unit
     * took the fee at the counter — cash or a card at the desk — against its receipt numbered {@code receiptNumber}:
     * the obligation is met as by an online payment, the dossier records the counter as the channel, and a dossier
     * waiting in status 6 goes back to its step. Only the amount due is taken; once paid, a second payment is refused.
     */
    public void feePaidAtCounter(Actor by, Instant at, String billId, String receiptNumber, String method,
                                 long amountVnd, WorkingCalendar calendar) {
        requireStatus(DossierAction.FEE_PAID, SUBMITTED, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, AWAITING_PAYMENT);
        if (by.kind() != Actor.Kind.STAFF
                || !(by.holds(s.receivingUnit, Role.RECEPTION) || by.holds(s.receivingUnit, Role.CLERK))) {
            throw new ActorNotPermitted(s.status,
                    "A payment at the counter is recorded by the desk or the clerk of the receiving unit");
        }
        requireText(receiptNumber, "receiptNumber");
        if (paid()) {
            throw new ProblemException(ErrorCode.FEE_ALREADY_PAID, "The fee of " + s.code + " was already paid ("
                    + s.feePaidChannel + ")");
        }
        if (s.feesDueVnd <= 0) {
            throw new ProblemException(ErrorCode.NO_FEES_DUE, "Dossier " + s.code + " owes no fee");
        }
        if (amountVnd != s.feesDueVnd) {
            throw new ProblemException(ErrorCode.PAYMENT_AMOUNT_MISMATCH, "Dossier " + s.code + " owes "
                    + s.feesDueVnd + " VND, not " + amountVnd, List.of(new FieldProblem("amountVnd",
                    "must be the amount due, " + s.feesDueVnd)));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("billId", billId);
        details.put("receiptNumber", receiptNumber);
        details.put("method", method);
        details.put("amountVnd", amountVnd);
        details.put("online", false);
        paid(by, at, "COUNTER", details, calendar);
    }

    private void paid(Actor by, Instant at, String channel, Map<String, Object> details, WorkingCalendar calendar) {
        s.lastActionAt = at;
        s.feePaidAt = at;
        s.feePaidChannel = channel;
        details.put("channel", channel);
        DossierStatus from = s.status;
        if (from == AWAITING_PAYMENT) {
            details.put("waitedWorkingMinutes", resumeAfterPause(at, calendar).toMinutes());
        }
        record(DossierAction.FEE_PAID, by, from, s.status, null, details);
    }

    /**
     * The specialist (or a leader) of the unit processing the dossier exempts one fee line (miễn phí, lệ phí: a
     * child, a policy beneficiary, a poor household …) with the reason, recorded on the process-control slip; the
     * amount due falls by the line. Refused once the fee is paid: what was paid is not silently changed (the unit
     * refunds it by its own procedure, outside the platform). A dossier waiting in status 6 that now owes nothing
     * goes back to its step, the time waited not counted.
     */
    public void exemptFee(int line, String reason, Actor by, Instant at, WorkingCalendar calendar) {
        requireStatus(DossierAction.EXEMPT_FEE, SUBMITTED, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED,
                AWAITING_PAYMENT);
        requireProcessor(by, "Only the specialist or a leader processing the dossier exempts a fee");
        requireText(reason, "reason");
        if (paid()) {
            throw new ProblemException(ErrorCode.FEE_ALREADY_PAID, "The fee of " + s.code + " was already paid: "
                    + "an exemption after payment is not recorded; the unit refunds what was paid by its own "
                    + "procedure");
        }
        DossierFee fee = s.fees.stream().filter(f -> f.line() == line).findFirst()
                .orElseThrow(() -> new ProblemException(ErrorCode.FEE_LINE_NOT_FOUND, "Dossier " + s.code
                        + " has no fee line " + line + " (it has " + s.fees.size() + ")"));
        if (fee.exemption() != null) {
            throw new DossierRuleViolation(s.status, "Fee line " + line + " of " + s.code + " is already exempt");
        }
        s.lastActionAt = at;
        List<DossierFee> fees = new ArrayList<>(s.fees);
        fees.set(fees.indexOf(fee), fee.exempted(new DossierFee.Exemption(reason, by.id(), by.displayName(), at)));
        s.fees = List.copyOf(fees);
        s.feesDueVnd = s.fees.stream().mapToLong(DossierFee::dueVnd).sum();
        DossierStatus from = s.status;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("line", line);
        details.put("label", fee.label());
        details.put("amountVnd", fee.amountVnd());
        details.put("feesDueVnd", s.feesDueVnd);
        if (from == AWAITING_PAYMENT && s.feesDueVnd == 0) {
            details.put("waitedWorkingMinutes", resumeAfterPause(at, calendar).toMinutes());
        }
        record(DossierAction.EXEMPT_FEE, by, from, s.status, reason, details);
    }

    /**
     * The specialist (or a leader) of the unit processing the dossier applies one of the procedure's on-request fee
     * lines (a reduced rate, extra copies, an amendment) with the reason: it becomes the dossier's next line, the
     * amount due rises by it, and it is recorded on the process-control slip ({@code APPLY_FEE}). Like an exemption,
     * refused once the fee is paid, and a line is applied once. A reduced rate replaces the full one only when the full
     * line is exempted too, with its own reason.
     */
    public void applyFee(DossierFee onRequest, String reason, Actor by, Instant at) {
        requireStatus(DossierAction.APPLY_FEE, SUBMITTED, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED,
                AWAITING_PAYMENT);
        requireProcessor(by, "Only the specialist or a leader processing the dossier applies a fee line");
        requireText(reason, "reason");
        if (paid()) {
            throw new ProblemException(ErrorCode.FEE_ALREADY_PAID, "The fee of " + s.code + " was already paid: "
                    + "a fee line is not added after payment");
        }
        if (s.fees.stream().anyMatch(f -> f.applied() != null && f.label().equals(onRequest.label()))) {
            throw new DossierRuleViolation(s.status, "The fee line '" + onRequest.label() + "' is already applied to "
                    + s.code);
        }
        s.lastActionAt = at;
        DossierFee line = onRequest.appliedAs(s.fees.size() + 1,
                new DossierFee.Applied(reason, by.id(), by.displayName(), at));
        List<DossierFee> fees = new ArrayList<>(s.fees);
        fees.add(line);
        s.fees = List.copyOf(fees);
        s.feesDueVnd = s.fees.stream().mapToLong(DossierFee::dueVnd).sum();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("line", line.line());
        details.put("label", line.label());
        details.put("amountVnd", line.amountVnd());
        details.put("feesDueVnd", s.feesDueVnd);
        record(DossierAction.APPLY_FEE, by, s.status, s.status, reason, details);
    }

    private void requireProcessor(Actor by, String message) {
        boolean processor = by.kind() == Actor.Kind.STAFF && (by.holds(s.processingUnit, Role.PROCESSOR)
                || by.holds(s.processingUnit, Role.LEADER) || by.holds(s.competentUnit, Role.PROCESSOR)
                || by.holds(s.competentUnit, Role.LEADER));
        if (!processor) {
            throw new ActorNotPermitted(s.status, message);
        }
    }

    /** The fee lines with their exemptions. */
    public List<DossierFee> fees() {
        return s.fees;
    }

    /** Sends the dossier to another competent unit or tier, with a reason. */
    public void transfer(Actor by, Instant at, String toUnit, String reason, WorkingCalendar calendar) {
        s.lastActionAt = at;
        requireStatus(DossierAction.TRANSFER, RECEIVED, PROCESSING);
        ProcessStep step = currentStep();
        boolean holder = by.holds(unitOf(step), step.role());
        boolean leader = by.holds(s.processingUnit, Role.LEADER);
        if (by.kind() != Actor.Kind.STAFF || !(holder || leader)) {
            throw new ActorNotPermitted(s.status,
                    "Only the holder of the current step or a leader of the processing unit transfers it");
        }
        requireText(reason, "reason");
        if (toUnit == null || toUnit.equals(s.competentUnit)) {
            throw new ProblemException(ErrorCode.INVALID_ACTION,
                    "Name another unit to transfer to", List.of(new FieldProblem("toUnit",
                    "must be a unit other than the current competent unit")));
        }
        String fromUnit = s.competentUnit;
        s.competentUnit = toUnit;
        s.processingUnit = unitOf(step).equals(s.receivingUnit) && "receiving".equals(step.unit())
                ? s.receivingUnit : toUnit;
        record(DossierAction.TRANSFER, by, s.status, s.status, reason,
                Map.of("fromUnit", fromUnit, "toUnit", toUnit));
        events.add(new DossierTransferred(s.code, fromUnit, toUnit, reason, at));
    }

    /** Processing stops (form 05), e.g. the applicant did not supplement or the request is not lawful. */
    public void stop(Actor by, Instant at, String reason) {
        s.lastActionAt = at;
        requireStatus(DossierAction.STOP, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, AWAITING_PAYMENT);
        requireStaff(by, s.processingUnit, Role.LEADER, "Only a leader of the processing unit stops processing");
        requireText(reason, "reason");
        end(DossierAction.STOP, by, at, STOPPED, reason, Map.of());
        events.add(new DossierFinished(s.code, s.procedureCode, s.competentUnit, STOPPED, at, s.onTime));
        events.add(new DossierStopped(s.code, s.processingUnit, reason.strip(), at));
    }

    /** The applicant withdraws the dossier before processing finished. */
    public void withdraw(Actor by, Instant at, String reason) {
        s.lastActionAt = at;
        requireStatus(DossierAction.WITHDRAW, SUBMITTED, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, AWAITING_PAYMENT);
        requireApplicantOrDesk(by, "Only the applicant or the receiving desk on their behalf withdraws it");
        requireText(reason, "reason");
        end(DossierAction.WITHDRAW, by, at, WITHDRAWN, reason, Map.of());
        events.add(new DossierFinished(s.code, s.procedureCode, s.competentUnit, WITHDRAWN, at, s.onTime));
        events.add(new DossierWithdrawn(s.code, reason.strip(), by.kind() == Actor.Kind.CITIZEN, at));
    }

    /** The result is handed to the applicant (status 10) at the receiving unit. */
    public void returnResult(Actor by, Instant at, String note) {
        s.lastActionAt = at;
        requireStatus(DossierAction.RETURN_RESULT, FINISHED);
        if (by.kind() != Actor.Kind.STAFF
                || !(by.holds(s.receivingUnit, Role.CLERK) || by.holds(s.receivingUnit, Role.RECEPTION))) {
            throw new ActorNotPermitted(s.status, "The result is returned by the clerk or desk of the receiving unit");
        }
        if (owesFee()) {
            throw new FeeNotPaid(s.status, "Dossier " + s.code + " owes " + s.feesDueVnd + " VND of fees, not paid: "
                    + "the result is returned once they are paid");
        }
        DossierStatus from = s.status;
        s.status = RESULT_RETURNED;
        s.returnedAt = at;
        record(DossierAction.RETURN_RESULT, by, from, RESULT_RETURNED, note, Map.of());
        events.add(new ResultReturned(s.code, s.procedureCode, at));
    }

    /**
     * The specialist needs to verify (xác minh): the longer time limit the procedure allows replaces the normal one,
     * counted from receipt, with the reason recorded. Allowed once, and only where the procedure provides for it.
     */
    public void extendForVerification(Actor by, Instant at, String reason, WorkingCalendar calendar) {
        s.lastActionAt = at;
        requireStatus(DossierAction.EXTEND_FOR_VERIFICATION, RECEIVED, PROCESSING);
        ProcessStep step = currentStep();
        if (by.kind() != Actor.Kind.STAFF || !(by.holds(unitOf(step), Role.PROCESSOR)
                || by.holds(s.processingUnit, Role.LEADER))) {
            throw new ActorNotPermitted(s.status, "The specialist or leader processing the dossier extends it");
        }
        requireText(reason, "reason");
        if (s.verificationWorkingDays == null || s.extendedForVerification) {
            throw new DossierRuleViolation(s.status, s.extendedForVerification
                    ? "The time limit was already extended for verification"
                    : "This procedure allows no longer time limit for verification");
        }
        Instant extended = calendar.addWorkingTime(calendar.due(s.receivedAt, s.verificationWorkingDays),
                s.pausedWorkingTime);
        String old = s.appointmentAt.toString();
        s.extendedForVerification = true;
        s.legalDueAt = extended;
        if (!s.apologized) {
            s.appointmentAt = extended;
        }
        if (step.workingDays().signum() == 0) {
            s.currentStepDueAt = s.appointmentAt; // a step without its own allotment runs to the appointment
        }
        record(DossierAction.EXTEND_FOR_VERIFICATION, by, s.status, s.status, reason,
                Map.of("previousAppointmentAt", old, "appointmentAt", s.appointmentAt.toString(),
                        "verificationWorkingDays", s.verificationWorkingDays.toPlainString()));
    }

    /** A late dossier's apology (form 04): the reason and a new appointment date; it still counts as late. */
    public void apologize(Actor by, Instant at, String reason, Instant newAppointment) {
        s.lastActionAt = at;
        requireStatus(DossierAction.APOLOGIZE, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED);
        if (by.kind() != Actor.Kind.STAFF
                || !(by.holds(s.processingUnit, Role.LEADER) || by.holds(s.processingUnit, Role.PROCESSOR))) {
            throw new ActorNotPermitted(s.status, "A leader or specialist of the processing unit apologises");
        }
        requireText(reason, "reason");
        if (newAppointment == null || !newAppointment.isAfter(at)
                || (s.appointmentAt != null && !newAppointment.isAfter(s.appointmentAt))) {
            throw new ProblemException(ErrorCode.INVALID_ACTION,
                    "The new appointment must be in the future and after the current one",
                    List.of(new FieldProblem("newAppointmentAt",
                            "must be after now and after the current appointment")));
        }
        Instant previous = s.appointmentAt;
        String old = previous == null ? "" : previous.toString();
        s.apologized = true;
        s.appointmentAt = newAppointment;
        record(DossierAction.APOLOGIZE, by, s.status, s.status, reason,
                Map.of("previousAppointmentAt", old, "newAppointmentAt", newAppointment.toString()));
        events.add(new DossierApologized(s.code, reason, previous, newAppointment, at));
    }

    /** The overdue scan found the current step past its due instant; recorded once per step. */
    public boolean markStepOverdue(Instant at) {
        s.lastActionAt = at;
        if (s.status.ended() || s.status == SUPPLEMENT_REQUESTED || s.currentStep < 0 || s.currentStepDueAt == null
                || !at.isAfter(s.currentStepDueAt) || s.overdueMarkedStep >= s.currentStepSeq) {
            return false;
        }
        s.overdueMarkedStep = s.currentStepSeq;
        ProcessStep step = currentStep();
        boolean dossierLate = s.legalDueAt != null && at.isAfter(s.legalDueAt);
        record(DossierAction.MARK_OVERDUE, Actor.system(), s.status, s.status, null,
                Map.of("step", step.id(), "stepDueAt", s.currentStepDueAt.toString(), "dossierLate", dossierLate));
        events.add(new DossierOverdue(s.code, s.currentStep, step.id(), unitOf(step), step.role().code(),
                s.currentStepDueAt, s.appointmentAt, dossierLate));
        return true;
    }

    // ---- queries ---------------------------------------------------------------------------------------------

    public String code() {
        return s.code;
    }

    public DossierStatus status() {
        return s.status;
    }

    public long feesDueVnd() {
        return s.feesDueVnd;
    }

    public boolean feePaidOnline() {
        return s.feePaidOnline;
    }

    /** Whether the fee was paid, online or at the counter. */
    public boolean paid() {
        return s.feePaidOnline || s.feePaidChannel != null;
    }

    /** Whether the dossier owes fees not yet paid (an amount due, not all exempt). */
    public boolean owesFee() {
        return s.feesDueVnd > 0 && !paid();
    }

    DossierState state() {
        return s;
    }

    List<HistoryEntry> newHistory() {
        return newHistory;
    }

    List<Object> events() {
        return events;
    }

    public ProcessStep currentStep() {
        return s.currentStep < 0 || s.currentStep >= s.steps.size() ? null : s.steps.get(s.currentStep);
    }

    /** The unit that performs a step, after transfers. */
    public String unitOf(ProcessStep step) {
        return switch (step.unit()) {
            case "receiving" -> s.receivingUnit;
            case "competent" -> s.competentUnit;
            default -> step.unit();
        };
    }

    /** Whose inbox the dossier is in now; null while it waits for the applicant or after processing ended. */
    Waiting waiting() {
        return switch (s.status) {
            case SUBMITTED -> new Waiting(s.receivingUnit, Role.RECEPTION.code(), s.currentStepDueAt);
            case RECEIVED, PROCESSING -> new Waiting(unitOf(currentStep()), currentStep().role().code(),
                    s.currentStepDueAt);
            case FINISHED -> new Waiting(s.receivingUnit, Role.CLERK.code(), s.appointmentAt);
            default -> null;
        };
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private void enterStep(int index, Instant at, WorkingCalendar calendar) {
        s.currentStep = index;
        s.currentStepSeq++;
        ProcessStep step = s.steps.get(index);
        s.currentStepStartedAt = at;
        Instant due = step.workingDays().signum() == 0 ? s.appointmentAt : calendar.due(at, step.workingDays());
        s.currentStepDueAt = due;
        s.processingUnit = unitOf(step);
    }

    private void end(DossierAction action, Actor by, Instant at, DossierStatus to, String reason,
                     Map<String, Object> details) {
        DossierStatus from = s.status;
        s.status = to;
        s.statusBeforePause = null;
        s.pausedAt = null;
        closeProcessing(at);
        record(action, by, from, to, reason, details);
    }

    /** Ends a pause (supplement, payment): back to the status before it, the deadlines moved by the time waited. */
    private Duration resumeAfterPause(Instant at, WorkingCalendar calendar) {
        Duration waited = s.statusBeforePause == SUBMITTED ? Duration.ZERO
                : calendar.workingTimeBetween(s.pausedAt, at);
        s.pausedWorkingTime = s.pausedWorkingTime.plus(waited);
        if (s.appointmentAt != null && !waited.isZero()) {
            s.appointmentAt = calendar.addWorkingTime(s.appointmentAt, waited);
            s.legalDueAt = calendar.addWorkingTime(s.legalDueAt, waited);
        }
        if (s.currentStepDueAt != null && !waited.isZero()) {
            s.currentStepDueAt = calendar.addWorkingTime(s.currentStepDueAt, waited);
        }
        s.status = s.statusBeforePause;
        s.statusBeforePause = null;
        s.pausedAt = null;
        return waited;
    }

    private void closeProcessing(Instant at) {
        s.endedAt = at;
        s.onTime = s.legalDueAt == null ? Boolean.TRUE : !at.isAfter(s.legalDueAt) && s.supplementRequests <= 1;
        s.currentStepDueAt = null;
    }

    private void record(DossierAction action, Actor by, DossierStatus from, DossierStatus to, String note,
                        Map<String, Object> details) {
        record(action, by, from, to, note, List.of(), s.currentStep, details);
    }

    private void record(DossierAction action, Actor by, DossierStatus from, DossierStatus to, String note,
                        List<String> attachments, int stepIndex, Map<String, Object> details) {
        ProcessStep step = stepIndex >= 0 && stepIndex < s.steps.size() ? s.steps.get(stepIndex) : null;
        String unit = by.kind() == Actor.Kind.STAFF ? by.unitFor(step == null ? s.receivingUnit : unitOf(step)) : null;
        String role = by.kind() == Actor.Kind.STAFF ? roleFor(by, unit, step) : by.kind().name().toLowerCase();
        Map<String, Object> d = new LinkedHashMap<>(details);
        newHistory.add(new HistoryEntry(0, s.lastActionAt, action, by.id(), by.displayName(), role, unit, from,
                to, stepIndex, note, attachments == null ? List.of() : List.copyOf(attachments), d));
    }

    private static String roleFor(Actor by, String unit, ProcessStep step) {
        if (step != null && by.holds(unit, step.role())) {
            return step.role().code();
        }
        return by.grants().stream().filter(g -> g.unitSlug().equals(unit)).map(g -> g.role().code()).findFirst()
                .orElse(null);
    }

    private void requireStatus(DossierAction action, DossierStatus... allowed) {
        Set<DossierStatus> set = EnumSet.noneOf(DossierStatus.class);
        set.addAll(List.of(allowed));
        if (!set.contains(s.status)) {
            throw new DossierRuleViolation(s.status, action + " is not allowed while the dossier is "
                    + s.status + " (" + s.status.code() + ")");
        }
    }

    private void requireStaff(Actor by, String unit, Role role, String message) {
        if (by.kind() == Actor.Kind.SYSTEM) {
            return;
        }
        if (by.kind() != Actor.Kind.STAFF || !by.holds(unit, role)) {
            throw new ActorNotPermitted(s.status, message);
        }
    }

    private void requireApplicantOrDesk(Actor by, String message) {
        boolean applicant = by.kind() == Actor.Kind.CITIZEN && isApplicant(by.id());
        boolean desk = by.kind() == Actor.Kind.STAFF && by.holds(s.receivingUnit, Role.RECEPTION);
        if (!applicant && !desk) {
            throw new ActorNotPermitted(s.status, message);
        }
    }

    /** Whether the citizen identified by {@code id} (personal ID or tax code) is the applicant. */
    public boolean isApplicant(String id) {
        return id != null && (Objects.equals(id, s.applicant.personalId()) || Objects.equals(id, s.applicant.taxCode()));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(ErrorCode.INVALID_ACTION,
                    "The " + field + " is required", List.of(new FieldProblem(field, "is required")));
        }
        if (value.length() > 2000) {
            throw new ProblemException(ErrorCode.INVALID_ACTION,
                    "The " + field + " is too long", List.of(new FieldProblem(field,
                    "at most 2000 characters")));
        }
    }
}
