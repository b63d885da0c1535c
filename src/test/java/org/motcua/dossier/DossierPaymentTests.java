package org.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.calendar.WorkingPeriod;
import org.motcua.organization.Role;
import org.motcua.organization.StaffGrant;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dossier's wait for its fee (status 6) and the fee paid online. */
class DossierPaymentTests {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(VN,
            WorkingPeriod.parseAll("07:30-11:30,13:00-17:00"), LocalTime.of(15, 0), Set.of(), Set.of());
    private static final Actor DESK = new Actor(Actor.Kind.STAFF, "ben-thanh.reception", "Desk",
            List.of(new StaffGrant("ben-thanh", Role.RECEPTION)), false);
    private static final Actor PROCESSOR = new Actor(Actor.Kind.STAFF, "ben-thanh.processor", "Processor",
            List.of(new StaffGrant("ben-thanh", Role.PROCESSOR)), false);

    private static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime).atZone(VN).toInstant();
    }

    private static Dossier received(long fees) {
        return submitted(fees, Channel.IN_PERSON, false);
    }

    /** Two fee lines, 2,000 and 1,000 VND. */
    private static Dossier withLines(Channel channel, boolean feeAtSubmission) {
        return submitted(3000, channel, feeAtSubmission);
    }

    private static Dossier submitted(long fees, Channel channel, boolean feeAtSubmission) {
        DossierState s = new DossierState();
        s.code = "000.20.01.H29-260302-0001";
        s.procedureCode = "2.000815.000.00.00.H29";
        s.procedureVersion = 1;
        s.procedureNameVi = "Chứng thực bản sao";
        s.procedureNameEn = "Certified copies";
        s.channel = channel;
        s.feeAtSubmission = feeAtSubmission;
        s.fees = fees == 3000 ? List.of(new DossierFee(1, "Phí trang 1-2", "Pages 1-2", "fee", 2000, "trang", false, null),
                new DossierFee(2, "Phí từ trang 3", "Page 3 on", "fee", 1000, "trang", false, null)) : List.of();
        s.receivingUnit = "ben-thanh";
        s.competentUnit = "ben-thanh";
        s.processingUnit = "ben-thanh";
        s.applicant = new Applicant("079190001234", null, "Nguyễn Thị Hằng", null, null, null, null);
        s.form = JsonMapper.builder().build().createObjectNode();
        s.timeLimitWorkingDays = new BigDecimal("3");
        s.steps = List.of(
                new ProcessStep("receive", "Tiếp nhận", "Receive", Role.RECEPTION, "receiving", new BigDecimal("0.5")),
                new ProcessStep("certify", "Chứng thực", "Certify", Role.PROCESSOR, "competent", BigDecimal.ONE));
        s.feesDueVnd = fees;
        s.submittedBy = "test";
        return Dossier.submit(s, DESK, at("2026-03-02T09:00"), CALENDAR, BigDecimal.ONE);
    }

    @Test
    void waitingForTheFeeStopsTheClockAndThePaymentResumesWhereItWas() {
        // given a dossier received Monday 2 March 09:00 (appointment Thursday 09:00) that owes 3,000 VND
        Dossier dossier = received(3000);
        Instant appointment = dossier.state().appointmentAt;

        // when a bill is issued at 10:00 and paid one working hour later
        dossier.awaitPayment(DESK, at("2026-03-02T10:00"), "bill-1");
        assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_PAYMENT);
        dossier.feePaid(at("2026-03-02T11:00"), "bill-1", "TX-1", 3000, CALENDAR);

        // then it is back in status 2, paid online, and the appointment moved by the hour waited
        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(dossier.feePaidOnline()).isTrue();
        assertThat(dossier.state().appointmentAt).isEqualTo(appointment.plusSeconds(3600));
        assertThat(dossier.newHistory()).extracting(HistoryEntry::action).containsSubsequence(
                DossierAction.AWAIT_PAYMENT, DossierAction.FEE_PAID);
    }

    @Test
    void aDossierThatOwesNothingDoesNotWaitForPayment() {
        Dossier dossier = received(0);

        assertThatThrownBy(() -> dossier.awaitPayment(DESK, at("2026-03-02T10:00"), "bill-1"))
                .isInstanceOf(DossierRuleViolation.class);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
    }

    @Test
    void onlyTheApplicantOrTheReceivingDeskAskForThePayment() {
        Dossier dossier = received(3000);

        assertThatThrownBy(() -> dossier.awaitPayment(PROCESSOR, at("2026-03-02T10:00"), "bill-1"))
                .isInstanceOf(ActorNotPermitted.class);
        dossier.awaitPayment(Actor.citizen("079190001234", "Nguyễn Thị Hằng"), at("2026-03-02T10:00"), "bill-1");
        assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_PAYMENT);
    }

    @Test
    void theFeeIsRecordedAsPaidOnlyOnce() {
        Dossier dossier = received(3000);
        dossier.feePaid(at("2026-03-02T10:00"), "bill-1", "TX-1", 3000, CALENDAR);

        assertThatThrownBy(() -> dossier.feePaid(at("2026-03-02T10:05"), "bill-2", "TX-2", 3000, CALENDAR))
                .isInstanceOf(DossierRuleViolation.class);
        assertThat(dossier.newHistory()).filteredOn(h -> h.action() == DossierAction.FEE_PAID).hasSize(1);
    }

    @Test
    void theProcessorExemptsAFeeLineWithAReasonAndTheAmountDueFalls() {
        Dossier dossier = withLines(Channel.IN_PERSON, false);

        dossier.exemptFee(2, "Người có công với cách mạng", PROCESSOR, at("2026-03-02T10:00"), CALENDAR);

        assertThat(dossier.feesDueVnd()).isEqualTo(2000);
        assertThat(dossier.fees().get(1).exemption().reason()).isEqualTo("Người có công với cách mạng");
        assertThat(dossier.fees().get(1).exemption().by()).isEqualTo("ben-thanh.processor");
        assertThat(dossier.fees().get(0).exemption()).isNull();
        HistoryEntry entry = dossier.newHistory().get(dossier.newHistory().size() - 1);
        assertThat(entry.action()).isEqualTo(DossierAction.EXEMPT_FEE);
        assertThat(entry.note()).isEqualTo("Người có công với cách mạng");
        assertThat(entry.details()).containsEntry("line", 2).containsEntry("feesDueVnd", 2000L);
    }

    @Test
    void anExemptionNeedsTheProcessorAReasonAnExistingLineNotYetExemptAndAnUnpaidFee() {
        Dossier dossier = withLines(Channel.IN_PERSON, false);

        assertThatThrownBy(() -> dossier.exemptFee(1, "Trẻ em", DESK, at("2026-03-02T10:00"), CALENDAR))
                .isInstanceOf(ActorNotPermitted.class);
        assertThatThrownBy(() -> dossier.exemptFee(1, " ", PROCESSOR, at("2026-03-02T10:00"), CALENDAR))
                .isInstanceOf(org.motcua.problem.ProblemException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> dossier.exemptFee(3, "Trẻ em", PROCESSOR, at("2026-03-02T10:00"), CALENDAR))
                .isInstanceOf(org.motcua.problem.ProblemException.class).hasMessageContaining("no fee line 3");
        dossier.exemptFee(1, "Trẻ em", PROCESSOR, at("2026-03-02T10:00"), CALENDAR);
        assertThatThrownBy(() -> dossier.exemptFee(1, "Trẻ em", PROCESSOR, at("2026-03-02T10:01"), CALENDAR))
                .isInstanceOf(DossierRuleViolation.class).hasMessageContaining("already exempt");
        dossier.feePaid(at("2026-03-02T10:05"), "bill-1", "TX-1", 1000, CALENDAR);
        assertThatThrownBy(() -> dossier.exemptFee(2, "Trẻ em", PROCESSOR, at("2026-03-02T10:10"), CALENDAR))
                .isInstanceOf(org.motcua.problem.ProblemException.class).hasMessageContaining("already paid");
        assertThat(dossier.feesDueVnd()).isEqualTo(1000);
        assertThat(dossier.newHistory()).filteredOn(h -> h.action() == DossierAction.EXEMPT_FEE).hasSize(1);
    }

    @Test
    void exemptingAllThatWasOwedEndsTheWaitInStatus6() {
        Dossier dossier = withLines(Channel.IN_PERSON, false);
        dossier.awaitPayment(DESK, at("2026-03-02T10:00"), "bill-1");

        dossier.exemptFee(1, "Hộ nghèo", PROCESSOR, at("2026-03-02T10:30"), CALENDAR);
        assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_PAYMENT);
        dossier.exemptFee(2, "Hộ nghèo", PROCESSOR, at("2026-03-02T11:00"), CALENDAR);

        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(dossier.feesDueVnd()).isZero();
    }

    @Test
    void anOnlineDossierWhoseFeesArePaidWithTheSubmissionIsReceivedOnlyOncePaid() {
        Dossier dossier = withLines(Channel.ONLINE, true);
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);

        assertThatThrownBy(() -> dossier.receive(DESK, at("2026-03-02T10:00"), CALENDAR))
                .isInstanceOf(org.motcua.problem.ProblemException.class).hasMessageContaining("paid with the submission");
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
        dossier.feePaid(at("2026-03-02T10:05"), "bill-1", "TX-1", 3000, CALENDAR);
        dossier.receive(DESK, at("2026-03-02T10:10"), CALENDAR);

        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
    }

    @Test
    void anOnlineDossierOfAnObligationProcedureIsReceivedBeforePayment() {
        Dossier dossier = withLines(Channel.ONLINE, false);

        dossier.receive(DESK, at("2026-03-02T10:00"), CALENDAR);

        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
    }
}
