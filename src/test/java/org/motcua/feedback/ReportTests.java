package org.motcua.feedback;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTests {

    private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-09T10:00:00Z");

    private static Report assigned() {
        Report r = Report.received(1, "giao-thong.hu-hong-mat-duong", "Ổ gà", FeedbackChannel.WEB, 10.77, 106.70,
                null, null, "reporter", T0, DUE);
        r.assign("sai-gon", "APPROXIMATE_BOUNDARY", T0.plusSeconds(2));
        return r;
    }

    @Test
    void aReportIsAnsweredOnTimeAndClosedWhenTheReporterIsSatisfied() {
        Report r = assigned();
        r.start("sai-gon.processor", T0.plusSeconds(60));
        r.answer("Đã vá", "sai-gon.processor", DUE.minusSeconds(1));
        assertThat(r.onTime()).isTrue();
        r.acceptAnswer(DUE);
        assertThat(r.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(r.events()).hasAtLeastOneElementOfType(FeedbackAnswered.class)
                .hasAtLeastOneElementOfType(FeedbackClosed.class);
        assertThat(r.newHistory()).extracting(ReportHistoryEntry::action)
                .containsExactly("RECEIVE", "ASSIGN", "START", "ANSWER", "CLOSE");
    }

    @Test
    void anAnswerAfterTheDeadlineIsLate() {
        Report r = assigned();
        r.answer("Đã vá", "sai-gon.processor", DUE.plusSeconds(1));
        assertThat(r.onTime()).isFalse();
    }

    @Test
    void reopeningIsAllowedOnlyWithinThePeriodAfterTheAnswer() {
        Report r = assigned();
        Instant answered = T0.plus(Duration.ofDays(1));
        r.answer("Đã vá", "sai-gon.processor", answered);
        assertThatThrownBy(() -> r.reopen("Vẫn còn", Duration.ofDays(15), DUE, answered.plus(Duration.ofDays(16))))
                .isInstanceOf(FeedbackActionNotAllowed.class);
        r.reopen("Vẫn còn ổ gà", Duration.ofDays(15), DUE.plus(Duration.ofDays(20)), answered.plus(Duration.ofDays(3)));
        assertThat(r.status()).isEqualTo(FeedbackStatus.IN_PROGRESS);
        assertThat(r.dueAt()).isEqualTo(DUE.plus(Duration.ofDays(20)));
        assertThat(r.events()).hasAtLeastOneElementOfType(FeedbackReopened.class);
    }

    @Test
    void anOverdueReportIsEscalatedOnlyOnce() {
        Report r = assigned();
        assertThat(r.escalate("tp-ho-chi-minh", DUE.minusSeconds(1))).isFalse();
        assertThat(r.escalate("tp-ho-chi-minh", DUE.plusSeconds(1))).isTrue();
        assertThat(r.escalate("tp-ho-chi-minh", DUE.plusSeconds(60))).isFalse();
        assertThat(r.events().stream().filter(FeedbackEscalated.class::isInstance)).hasSize(1);
    }

    @Test
    void aClosedReportCannotBeAnsweredOrTransferred() {
        Report r = assigned();
        r.answer("Đã vá", "sai-gon.processor", T0.plusSeconds(100));
        r.acceptAnswer(T0.plusSeconds(200));
        assertThatThrownBy(() -> r.answer("again", "x", T0.plusSeconds(300)))
                .isInstanceOf(FeedbackActionNotAllowed.class);
        assertThatThrownBy(() -> r.transfer("ben-thanh", "wrong ward", "x", T0.plusSeconds(300)))
                .isInstanceOf(FeedbackActionNotAllowed.class);
    }

    @Test
    void anAnswerNobodyReactedToIsClosedAfterTheWaitingTime() {
        Report r = assigned();
        r.answer("Đã vá", "sai-gon.processor", T0);
        assertThat(r.autoClose(Duration.ofDays(7), T0.plus(Duration.ofDays(6)))).isFalse();
        assertThat(r.autoClose(Duration.ofDays(7), T0.plus(Duration.ofDays(7)))).isTrue();
        assertThat(r.status()).isEqualTo(FeedbackStatus.CLOSED);
    }
}
