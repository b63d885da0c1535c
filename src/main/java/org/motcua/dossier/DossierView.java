package org.motcua.dossier;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Everything about a dossier that its staff and its applicant may see, including the process-control slip. */
public record DossierView(String code, StatusView status, Channel channel, ProcedureRef procedure,
                          String receivingUnit, String competentUnit, String processingUnit, Applicant applicant,
                          JsonNode form, List<DossierFee> fees, boolean feeAtSubmission, long feesDueVnd,
                          boolean feePaidOnline, Instant feePaidAt,
                          Instant submittedAt, Instant receivedAt,
                          Instant appointmentAt, Instant originalAppointmentAt, long pausedWorkingMinutes,
                          int supplementRequests, boolean apologized, boolean extendedForVerification,
                          StepView currentStep, List<StepView> steps,
                          Instant endedAt, Boolean onTime, List<String> resultFiles, boolean resultGenerated,
                          List<ComponentFile> components, List<HistoryEntry> history, RegistryUse registry) {

    /**
     * The registry data the applicant consented to and the dossier reuses: only that, nothing more.
     *
     * @param status NONE, REUSED, PARTLY_REUSED, UNAVAILABLE (entered by hand) or NOT_FOUND
     */
    public record RegistryUse(String status, JsonNode data, List<String> reusedFields,
                              List<String> componentsFromRegistry, List<DataFlag> flags) {
    }

    /** The national status code and its names. */
    public record StatusView(int code, String name, String nameEn, DossierStatus state) {
        static StatusView of(DossierStatus s) {
            return new StatusView(s.code(), s.nameVi(), s.nameEn(), s);
        }
    }

    public record ProcedureRef(String code, int version, String name, String nameEn) {
    }

    /** A step of the internal process; {@code dueAt} only for the current one. */
    public record StepView(int index, String id, String name, String nameEn, String role, String unit,
                           BigDecimal workingDays, Instant startedAt, Instant dueAt) {
    }

    static DossierView of(Dossier dossier, List<ComponentFile> components, List<HistoryEntry> history,
                          List<DataFlag> flags) {
        DossierState s = dossier.state();
        List<StepView> steps = new java.util.ArrayList<>();
        for (int i = 0; i < s.steps.size(); i++) {
            ProcessStep p = s.steps.get(i);
            boolean current = i == s.currentStep && !s.status.ended();
            steps.add(new StepView(i, p.id(), p.nameVi(), p.nameEn(), p.role().code(), dossier.unitOf(p),
                    p.workingDays(), current ? s.currentStepStartedAt : null, current ? s.currentStepDueAt : null));
        }
        StepView currentStep = s.currentStep >= 0 && !s.status.ended() ? steps.get(s.currentStep) : null;
        return new DossierView(s.code, StatusView.of(s.status), s.channel,
                new ProcedureRef(s.procedureCode, s.procedureVersion, s.procedureNameVi, s.procedureNameEn),
                s.receivingUnit, s.competentUnit, s.processingUnit, s.applicant, s.form, s.fees, s.feeAtSubmission,
                s.feesDueVnd,
                s.feePaidOnline, s.feePaidAt,
                s.submittedAt, s.receivedAt, s.appointmentAt, s.originalAppointmentAt,
                s.pausedWorkingTime.toMinutes(), s.supplementRequests, s.apologized, s.extendedForVerification,
                currentStep, steps, s.endedAt,
                s.onTime, s.resultFiles, s.resultGenerated, components, history,
                new RegistryUse(s.registryStatus, s.registryData, s.reusedFields, s.registryComponents, flags));
    }
}
