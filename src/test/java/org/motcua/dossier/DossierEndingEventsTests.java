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

/**
 * A refused, stopped or withdrawn dossier registers, beside {@link DossierFinished}, an event with the reason the
 * applicant is told (forms 03 and 05, the withdrawal confirmation).
 */
class DossierEndingEventsTests {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(VN,
            WorkingPeriod.parseAll("07:30-11:30,13:00-17:00"), LocalTime.of(15, 0), Set.of(), Set.of());
    private static final Actor DESK = staff("ben-thanh.reception", "ben-thanh", Role.RECEPTION);
    private static final Actor SAI_GON_LEADER = staff("sai-gon.leader", "sai-gon", Role.LEADER);
    private static final Actor APPLICANT = Actor.citizen("079190001234", "Nguyễn Thị Hằng");

    @Test
    void aRefusalAtIntakeCarriesItsReason() {
        // given a dossier at the desk
        Dossier dossier = atDesk();

        // when the desk refuses it
        dossier.refuse(DESK, at("2026-03-02T09:00"), "  Không thuộc thẩm quyền  ");

        // then the refusal is registered with the trimmed reason, besides the finished event
        assertThat(dossier.events()).filteredOn(DossierRefused.class::isInstance).containsExactly(
                new DossierRefused(dossier.state().code, "ben-thanh", "Không thuộc thẩm quyền",
                        at("2026-03-02T09:00")));
        assertThat(dossier.events()).filteredOn(DossierFinished.class::isInstance)
                .extracting(e -> ((DossierFinished) e).outcome()).containsExactly(DossierStatus.REFUSED);
        assertThat(dossier.events()).noneMatch(e -> e instanceof DossierStopped || e instanceof DossierWithdrawn);
    }

    @Test
    void aStopCarriesItsReasonAndTheUnitThatStopped() {
        Dossier dossier = atDesk();
        dossier.forward(DESK, at("2026-03-02T08:30"), null, List.of(), CALENDAR);

        dossier.stop(SAI_GON_LEADER, at("2026-03-02T10:00"), "Người yêu cầu không bổ sung");

        assertThat(dossier.events()).filteredOn(DossierStopped.class::isInstance).containsExactly(
                new DossierStopped(dossier.state().code, "sai-gon", "Người yêu cầu không bổ sung",
                        at("2026-03-02T10:00")));
        assertThat(dossier.events()).noneMatch(e -> e instanceof DossierRefused || e instanceof DossierWithdrawn);
    }

    @Test
    void aWithdrawalSaysWhetherTheApplicantOrTheDeskDidIt() {
        Dossier byApplicant = atDesk();
        byApplicant.withdraw(APPLICANT, at("2026-03-02T09:00"), "Không còn nhu cầu");
        assertThat(byApplicant.events()).filteredOn(DossierWithdrawn.class::isInstance).containsExactly(
                new DossierWithdrawn(byApplicant.state().code, "Không còn nhu cầu", true, at("2026-03-02T09:00")));

        Dossier byDesk = atDesk();
        byDesk.withdraw(DESK, at("2026-03-02T09:30"), "Công dân đến quầy xin rút");
        assertThat(byDesk.events()).filteredOn(DossierWithdrawn.class::isInstance)
                .extracting(e -> ((DossierWithdrawn) e).byApplicant()).containsExactly(false);
    }

    private static Actor staff(String id, String unit, Role role) {
        return new Actor(Actor.Kind.STAFF, id, id, List.of(new StaffGrant(unit, role)), false);
    }

    private static Instant at(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime).atZone(VN).toInstant();
    }

    private static Dossier atDesk() {
        DossierState s = new DossierState();
        s.code = "000.20.01.H29-260302-0001";
        s.procedureCode = "1.004873.000.00.00.H29";
        s.procedureVersion = 1;
        s.procedureNameVi = "Cấp Giấy xác nhận tình trạng hôn nhân";
        s.procedureNameEn = "Certificate of marital status";
        s.channel = Channel.IN_PERSON;
        s.receivingUnit = "ben-thanh";
        s.competentUnit = "sai-gon";
        s.processingUnit = "ben-thanh";
        s.applicant = new Applicant("079190001234", null, "Nguyễn Thị Hằng", LocalDate.of(1990, 5, 17), null, null,
                null);
        s.form = JsonMapper.builder().build().createObjectNode();
        s.timeLimitWorkingDays = new BigDecimal("3");
        s.steps = List.of(
                new ProcessStep("receive", "Tiếp nhận", "Receive", Role.RECEPTION, "receiving", new BigDecimal("0.5")),
                new ProcessStep("verify", "Xác minh", "Verify", Role.PROCESSOR, "competent", new BigDecimal("1.5")),
                new ProcessStep("approve", "Ký duyệt", "Approve", Role.LEADER, "competent", new BigDecimal("0.5")),
                new ProcessStep("return", "Trả kết quả", "Return", Role.CLERK, "receiving", new BigDecimal("0.5")));
        s.submittedBy = "test";
        return Dossier.submit(s, DESK, at("2026-03-02T08:00"), CALENDAR, BigDecimal.ONE);
    }
}
