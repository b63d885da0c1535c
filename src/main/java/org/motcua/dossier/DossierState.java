package org.motcua.dossier;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The persistent fields of a {@link Dossier}; only the aggregate changes them. */
final class DossierState {
    long id;
    long version;
    String code;
    String procedureCode;
    int procedureVersion;
    String procedureNameVi;
    String procedureNameEn;
    Channel channel;
    String receivingUnit;
    String competentUnit;
    String processingUnit;
    Applicant applicant;
    JsonNode form;
    BigDecimal timeLimitWorkingDays;
    /** The longer limit the procedure allows when verification is needed; null when it allows none. */
    BigDecimal verificationWorkingDays;
    boolean extendedForVerification;
    List<ProcessStep> steps;
    /** The fee lines of the procedure version with their exemptions; {@link #feesDueVnd} is the sum owed. */
    List<DossierFee> fees = List.of();
    /** The procedure wants its fees with the submission: an online dossier is received only once paid. */
    boolean feeAtSubmission;
    long feesDueVnd;
    /** The fee was paid through the online payment platform (recorded for the service-quality index). */
    boolean feePaidOnline;
    Instant feePaidAt;
    DossierStatus status;
    DossierStatus statusBeforePause;
    int currentStep = -1;
    /** Increases each time a step is entered, so "overdue once per dossier-step" survives going back. */
    int currentStepSeq;
    int overdueMarkedStep;
    Instant currentStepStartedAt;
    Instant currentStepDueAt;
    Instant submittedAt;
    Instant receivedAt;
    /** The date promised to the applicant: the legal due date, or the new date of an apology letter. */
    Instant appointmentAt;
    Instant originalAppointmentAt;
    /** Receipt + time limit + the working time spent waiting for supplements: what "on time" is judged against. */
    Instant legalDueAt;
    Instant pausedAt;
    Duration pausedWorkingTime = Duration.ZERO;
    int supplementRequests;
    boolean apologized;
    Instant finishedAt;
    Instant returnedAt;
    Instant endedAt;
    Boolean onTime;
    List<String> resultFiles = List.of();
    boolean resultGenerated;
    String submittedBy;
    /** NONE, REUSED, PARTLY_REUSED, UNAVAILABLE or NOT_FOUND. */
    String registryStatus = "NONE";
    /** What the registries gave, as consented: values by form path, their sources, the outcomes. */
    JsonNode registryData;
    List<String> reusedFields = List.of();
    List<String> registryComponents = List.of();
    java.util.UUID consentId;
    Instant lastActionAt;
}
