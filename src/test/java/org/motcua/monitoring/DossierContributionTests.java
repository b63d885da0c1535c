package org.motcua.monitoring;

import org.junit.jupiter.api.Test;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierFact;
import org.motcua.dossier.DossierStatus;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DossierContributionTests {

    private static final Instant RECEIVED = Instant.parse("2026-10-31T18:30:00Z"); // 1 Nov 01:30 in HCMC
    private static final Instant DUE = Instant.parse("2026-11-05T10:00:00Z");

    private static DossierFact fact(DossierStatus status, Instant pausedAt, Boolean onTime, int supplements) {
        return new DossierFact(1, "X-1", "P", "Thủ tục", Channel.ONLINE, "a", "b", status, RECEIVED, DUE, pausedAt,
                status.ended() ? DUE : null, onTime, supplements, 3000, true, true, true, true);
    }

    @Test
    void countsForTheCompetentUnitInTheMonthOfReceiptInHoChiMinhCityTime() {
        DossierContribution c = DossierContribution.of(fact(DossierStatus.PROCESSING, null, null, 0),
                Instant.parse("2026-11-02T00:00:00Z")).orElseThrow();
        assertThat(c.unit()).isEqualTo("b");
        assertThat(c.month()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(c.counts().get(Measure.RECEIVED)).isEqualTo(1);
        assertThat(c.counts().get(Measure.IN_PROGRESS_ON_TIME)).isEqualTo(1);
        assertThat(c.counts().get(Measure.ONLINE)).isEqualTo(1);
        assertThat(c.counts().get(Measure.PAID_ONLINE)).isEqualTo(1);
        assertThat(c.sweepAt()).isEqualTo(DUE);
    }

    @Test
    void inProgressPastTheDeadlineIsOverdueAndNeedsNoMoreSweeping() {
        DossierContribution c = DossierContribution.of(fact(DossierStatus.PROCESSING, null, null, 0),
                DUE.plusSeconds(1)).orElseThrow();
        assertThat(c.counts().get(Measure.IN_PROGRESS_OVERDUE)).isEqualTo(1);
        assertThat(c.counts().get(Measure.IN_PROGRESS_ON_TIME)).isZero();
        assertThat(c.sweepAt()).isNull();
    }

    @Test
    void waitingForTheApplicantStopsTheClock() {
        Instant paused = DUE.minusSeconds(3600);
        DossierContribution c = DossierContribution.of(fact(DossierStatus.SUPPLEMENT_REQUESTED, paused, null, 1),
                DUE.plusSeconds(86_400)).orElseThrow();
        assertThat(c.counts().get(Measure.IN_PROGRESS_ON_TIME)).isEqualTo(1);
        assertThat(c.counts().get(Measure.SUPPLEMENTED)).isEqualTo(1);
        assertThat(c.sweepAt()).as("a paused dossier is refreshed by the supplement's event").isNull();
    }

    @Test
    void aSecondSupplementRequestMakesItLateAlready() {
        DossierContribution c = DossierContribution.of(fact(DossierStatus.PROCESSING, null, null, 2),
                RECEIVED).orElseThrow();
        assertThat(c.counts().get(Measure.IN_PROGRESS_OVERDUE)).isEqualTo(1);
    }

    @Test
    void finishedCountsByItsOnTimeVerdict() {
        assertThat(DossierContribution.of(fact(DossierStatus.RESULT_RETURNED, null, true, 0), DUE).orElseThrow()
                .counts().get(Measure.FINISHED_ON_TIME)).isEqualTo(1);
        DossierContribution late = DossierContribution.of(fact(DossierStatus.FINISHED, null, false, 0), DUE)
                .orElseThrow();
        assertThat(late.counts().get(Measure.FINISHED_LATE)).isEqualTo(1);
        assertThat(late.counts().get(Measure.RESULT_DIGITISED)).isEqualTo(1);
        DossierContribution stopped = DossierContribution.of(fact(DossierStatus.STOPPED, null, true, 0), DUE)
                .orElseThrow();
        assertThat(stopped.counts().get(Measure.FINISHED_ON_TIME)).isEqualTo(1);
        assertThat(stopped.counts().get(Measure.RESULT_DIGITISED)).as("stopped: no result").isZero();
    }

    @Test
    void withdrawnIsReceivedButNeitherFinishedNorInProgress() {
        Counts c = DossierContribution.of(fact(DossierStatus.WITHDRAWN, null, true, 0), DUE).orElseThrow().counts();
        assertThat(c.get(Measure.WITHDRAWN)).isEqualTo(1);
        assertThat(c.finished() + c.inProgress()).isZero();
    }

    @Test
    void refusedOrNotYetReceivedCountsNowhere() {
        assertThat(DossierContribution.of(fact(DossierStatus.REFUSED, null, true, 0), DUE)).isEmpty();
        DossierFact submitted = new DossierFact(1, "X-2", "P", "Thủ tục", Channel.ONLINE, "a", "b",
                DossierStatus.SUBMITTED, null, null, null, null, null, 0, 0, false, false, false, false);
        assertThat(DossierContribution.of(submitted, DUE)).isEmpty();
    }
}
