package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.calendar.WorkingPeriod;
import org.motcua.organization.Role;
import org.motcua.organization.StaffGrant;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dossier aggregate's rules, on the real 2026 calendar of Ho Chi Minh City (Tết 16–20 Feb). */
class DossierTests {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(VN,
            WorkingPeriod.parseAll("07:30-11:30,13:00-17:00"), LocalTime.of(15, 0),
            Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                    LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)), Set.of());

    private static final Actor DESK = staff("ben-thanh.reception", "ben-thanh", Role.RECEPTION);
    private static final Actor SAI_GON_PROCESSOR = staff("sai-gon.processor", "sai-gon", Role.PROCESSOR);
    private static final Actor SAI_GON_LEADER = staff("sai-gon.leader", "sai-gon", Role.LEADER);
    private static final Actor CLERK = staff("ben-thanh.clerk", "ben-thanh", Role.CLERK);
    private static final Actor APPLICANT = Actor.citizen("079190001234", "Nguyễn Thị Hằng");

    private static Actor staff(String id, String unit, Role role) {
        return new Actor(Actor.Kind.STAFF, id, id, List.of(new StaffGrant(unit, role)), false);
    }

    private static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime).atZone(VN).toInstant();
    }

    private static DossierState state(Channel channel, String timeLimit) {
        DossierState s = new DossierState();
        s.code = "000.20.01.H29-260212-0001";
        s.procedureCode = "1.004873.000.00.00.H29";
        s.procedureVersion = 1;
        s.procedureNameVi = "Cấp Giấy xác nhận tình trạng hôn nhân";
        s.procedureNameEn = "Certificate of marital status";
        s.channel = channel;
        s.receivingUnit = "ben-thanh";
        s.competentUnit = "sai-gon";
        s.processingUnit = "ben-thanh";
        s.applicant = new Applicant("079190001234", null, "Nguyễn Thị Hằng", LocalDate.of(1990, 5, 17), null, null,
                null);
        s.form = JsonMapper.builder().build().createObjectNode();
        s.timeLimitWorkingDays = new BigDecimal(timeLimit);
        s.steps = List.of(
                new ProcessStep("receive", "Tiếp nhận", "Receive", Role.RECEPTION, "receiving", new BigDecimal("0.5")),
                new ProcessStep("verify", "Xác minh", "Verify", Role.PROCESSOR, "competent", new BigDecimal("1.5")),
                new ProcessStep("approve", "Ký duyệt", "Approve", Role.LEADER, "competent", new BigDecimal("0.5")),
                new ProcessStep("return", "Trả kết quả", "Return", Role.CLERK, "receiving", new BigDecimal("0.5")));
        s.submittedBy = "test";
        return s;
    }

    private static Dossier atDesk(String receivedAt) {
        return Dossier.submit(state(Channel.IN_PERSON, "3"), DESK, at(receivedAt), CALENDAR, BigDecimal.ONE);
    }

    @Test
    void appointmentDateSkipsTetHolidays() {
        // given a dossier received on Thursday 12 Feb 2026 at 09:00, three working days
        Dossier dossier = atDesk("2026-02-12T09:00");
        // then the Tết week (16–20 Feb) does not count: Fri 09:00, Mon 23 09:00, Tue 24 Feb 09:00
        assertThat(dossier.state().appointmentAt).isEqualTo(at("2026-02-24T09:00"));
        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
    }

    @Test
    void eachStepGetsItsOwnDueInstantFromItsAllotment() {
        Dossier dossier = atDesk("2026-02-10T08:00");
        // the desk has half a working day
        assertThat(dossier.state().currentStepDueAt).isEqualTo(at("2026-02-10T13:30"));
        dossier.forward(DESK, at("2026-02-10T10:00"), null, List.of(), CALENDAR);
        // the specialist 1.5 days (12 working hours) from 10:00: 5.5 h on Tuesday, 6.5 h on Wednesday
        assertThat(dossier.state().currentStepDueAt).isEqualTo(at("2026-02-11T15:30"));
        assertThat(dossier.state().processingUnit).isEqualTo("sai-gon");
    }

    @Test
    void sameDayProcedureReceivedAfterTheCutOffIsDueAtTheEndOfTheNextWorkingDay() {
        DossierState s = state(Channel.IN_PERSON, "0");
        Dossier dossier = Dossier.submit(s, DESK, at("2026-02-13T15:30"), CALENDAR, BigDecimal.ONE);
        // Friday after 15:00; next working day is after Tết
        assertThat(dossier.state().appointmentAt).isEqualTo(at("2026-02-23T17:00"));
    }

    @Test
    void timeWaitingForTheSupplementDoesNotCountAndMovesTheAppointment() {
        Dossier dossier = atDesk("2026-02-09T08:00");
        Instant appointment = dossier.state().appointmentAt;
        dossier.forward(DESK, at("2026-02-09T09:00"), null, List.of(), CALENDAR);
        Instant stepDue = dossier.state().currentStepDueAt;
        dossier.requestSupplement(SAI_GON_PROCESSOR, at("2026-02-09T10:00"), List.of("Giấy tờ"), "Thiếu giấy tờ");
        // waits one full working day (Mon 10:00 → Tue 10:00)
        dossier.supplement(APPLICANT, at("2026-02-10T10:00"), null, List.of(), CALENDAR);
        assertThat(dossier.state().pausedWorkingTime).isEqualTo(Duration.ofHours(8));
        assertThat(dossier.state().appointmentAt).isEqualTo(CALENDAR.addWorkingTime(appointment, Duration.ofHours(8)));
        assertThat(dossier.state().currentStepDueAt).isEqualTo(CALENDAR.addWorkingTime(stepDue, Duration.ofHours(8)));
        assertThat(dossier.state().originalAppointmentAt).isEqualTo(appointment);
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void finishingAfterTheAppointmentIsLateAndBeforeIsOnTime() {
        Dossier onTime = atDesk("2026-02-09T08:00");
        runToTheEnd(onTime, "2026-02-09T09:00");
        assertThat(onTime.state().onTime).isTrue();

        Dossier late = atDesk("2026-02-09T08:00");
        runToTheEnd(late, "2026-03-02T09:00");
        assertThat(late.state().onTime).isFalse();
        assertThat(late.status()).isEqualTo(DossierStatus.FINISHED);
    }

    @Test
    void aSecondSupplementRequestMakesTheDossierLate() {
        Dossier dossier = atDesk("2026-02-09T08:00");
        dossier.forward(DESK, at("2026-02-09T08:30"), null, List.of(), CALENDAR);
        for (int i = 0; i < 2; i++) {
            dossier.requestSupplement(SAI_GON_PROCESSOR, at("2026-02-09T09:0" + i), List.of("x"), "thiếu");
            dossier.supplement(DESK, at("2026-02-09T09:0" + i), null, List.of(), CALENDAR);
        }
        dossier.forward(SAI_GON_PROCESSOR, at("2026-02-09T10:00"), null, List.of(), CALENDAR);
        dossier.forward(SAI_GON_LEADER, at("2026-02-09T10:10"), null, List.of(), CALENDAR);
        dossier.forward(CLERK, at("2026-02-09T10:20"), null, List.of(), CALENDAR);
        assertThat(dossier.state().onTime).isFalse();
    }

    @Test
    void onlyTheHolderOfTheCurrentStepForwardsIt() {
        Dossier dossier = atDesk("2026-02-09T08:00");
        assertThatThrownBy(() -> dossier.forward(SAI_GON_PROCESSOR, at("2026-02-09T09:00"), null, List.of(), CALENDAR))
                .isInstanceOf(ActorNotPermitted.class);
        assertThatThrownBy(() -> dossier.forward(APPLICANT, at("2026-02-09T09:00"), null, List.of(), CALENDAR))
                .isInstanceOf(ActorNotPermitted.class);
    }

    @Test
    void refusalIsOnlyPossibleAtIntakeAndNeedsAReason() {
        Dossier dossier = atDesk("2026-02-09T08:00");
        assertThatThrownBy(() -> dossier.refuse(DESK, at("2026-02-09T08:10"), " "))
                .hasMessageContaining("reason");
        dossier.forward(DESK, at("2026-02-09T08:30"), null, List.of(), CALENDAR);
        assertThatThrownBy(() -> dossier.refuse(DESK, at("2026-02-09T09:00"), "Không đủ điều kiện"))
                .isInstanceOf(DossierRuleViolation.class);
    }

    @Test
    void rejectsSupplementAfterTheDossierFinished() {
        Dossier dossier = atDesk("2026-02-09T08:00");
        runToTheEnd(dossier, "2026-02-09T09:00");
        assertThatThrownBy(() -> dossier.requestSupplement(SAI_GON_PROCESSOR, at("2026-02-09T11:00"), List.of("x"),
                "thiếu")).isInstanceOf(DossierRuleViolation.class)
                .satisfies(e -> assertThat(((DossierRuleViolation) e).status()).isEqualTo(DossierStatus.FINISHED));
    }

    @Test
    void transferMovesTheCompetentStepsToTheNewUnit() {
        Dossier dossier = atDesk("2026-02-09T08:00");
        dossier.forward(DESK, at("2026-02-09T08:30"), null, List.of(), CALENDAR);
        dossier.transfer(SAI_GON_PROCESSOR, at("2026-02-09T09:00"), "so-tu-phap", "Có yếu tố nước ngoài", CALENDAR);
        assertThat(dossier.state().competentUnit).isEqualTo("so-tu-phap");
        assertThat(dossier.unitOf(dossier.currentStep())).isEqualTo("so-tu-phap");
        assertThat(dossier.waiting().unit()).isEqualTo("so-tu-phap");
        // the clerk's step stays at the desk that received it
        assertThat(dossier.unitOf(dossier.state().steps.get(3))).isEqualTo("ben-thanh");
    }

    @Test
    void anOverdueStepIsMarkedOnceAndOnlyWhenPastItsDueInstant() {
        Dossier dossier = atDesk("2026-02-09T08:00");
        assertThat(dossier.markStepOverdue(at("2026-02-09T10:00"))).isFalse();
        assertThat(dossier.markStepOverdue(at("2026-02-09T14:00"))).isTrue();
        assertThat(dossier.markStepOverdue(at("2026-02-09T15:00"))).isFalse();
        dossier.forward(DESK, at("2026-02-09T15:00"), null, List.of(), CALENDAR);
        assertThat(dossier.markStepOverdue(at("2026-03-09T15:00"))).isTrue();
        assertThat(dossier.events()).filteredOn(e -> e instanceof DossierOverdue).hasSize(2);
    }

    @Test
    void everyTransitionIsRecordedWithActorRoleAndUnit() {
        Dossier dossier = atDesk("2026-02-09T08:00");
        dossier.forward(DESK, at("2026-02-09T08:30"), "Đủ", List.of(), CALENDAR);
        assertThat(dossier.newHistory()).extracting(HistoryEntry::action).containsExactly(DossierAction.SUBMIT,
                DossierAction.RECEIVE, DossierAction.FORWARD);
        HistoryEntry forward = dossier.newHistory().get(2);
        assertThat(forward.actorRole()).isEqualTo("reception");
        assertThat(forward.actorUnit()).isEqualTo("ben-thanh");
        assertThat(forward.fromStatus()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(forward.toStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(forward.at()).isEqualTo(at("2026-02-09T08:30"));
    }

    private static void runToTheEnd(Dossier dossier, String startTime) {
        Instant t = at(startTime);
        dossier.forward(DESK, t, null, List.of(), CALENDAR);
        dossier.forward(SAI_GON_PROCESSOR, t.plusSeconds(60), null, List.of(), CALENDAR);
        dossier.forward(SAI_GON_LEADER, t.plusSeconds(120), null, List.of(), CALENDAR);
        dossier.forward(CLERK, t.plusSeconds(180), null, List.of(), CALENDAR);
    }
}
