package org.motcua.monitoring;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceQualityIndexTests {

    private static Counts counts() {
        Map<Measure, Long> m = new EnumMap<>(Measure.class);
        m.put(Measure.RECEIVED, 100L);
        m.put(Measure.FINISHED_ON_TIME, 70L);
        m.put(Measure.FINISHED_LATE, 10L);
        m.put(Measure.IN_PROGRESS_ON_TIME, 15L);
        m.put(Measure.IN_PROGRESS_OVERDUE, 5L);
        m.put(Measure.ONLINE, 40L);
        m.put(Measure.FEE_OWING, 20L);
        m.put(Measure.PAID_ONLINE, 5L);
        m.put(Measure.DIGITISED, 60L);
        m.put(Measure.RESULT_DIGITISED, 80L);
        m.put(Measure.REUSED, 30L);
        m.put(Measure.SUPPLEMENTED, 12L);
        return Counts.of(m);
    }

    private static final List<ProcedureProfile> HANDLED = List.of(
            new ProcedureProfile("a", true, true, true, true),
            new ProcedureProfile("b", false, true, false, false),
            new ProcedureProfile("c", true, false, true, false),
            new ProcedureProfile("d", true, true, false, false));

    @Test
    void everyGroupFollowsItsDocumentedFormula() {
        List<Indicator> ind = ServiceQualityIndex.indicators(counts(), Optional.empty());
        QualityIndex q = ServiceQualityIndex.index(ind, HANDLED);

        // disclosure: 18 × 3 of 4 procedures
        assertThat(q.group("disclosure").score()).isEqualTo(13.5);
        // progress: 20 × (70 + 15) ÷ 100
        assertThat(q.group("progress").score()).isEqualTo(17.0);
        assertThat(q.group("progress").computedAs()).contains("85", "100");
        // online: 12 × (3/4 offered + min(1, 0.4 ÷ 0.5)) ÷ 2 = 12 × (0.75 + 0.8) ÷ 2
        assertThat(q.group("online").score()).isEqualTo(9.3);
        // digitisation: 22 × min(1, average(0.6, 1.0, 0.3) ÷ 0.8) = 22 × 0.6333 ÷ 0.8
        assertThat(q.group("digitisation").score()).isEqualTo(17.42);
        // satisfaction: 18 × min(1, (1 − 0.15) ÷ 0.9), complaints not known yet
        assertThat(q.group("satisfaction").score()).isEqualTo(17.0);
        assertThat(q.group("satisfaction").note()).contains("no data yet");
        // online payment: 10 × (1 of 2 fee procedures payable online + 5 of 20 paid online) ÷ 2
        assertThat(q.group("onlinePayment").score()).isEqualTo(3.75);
        // total over all 100 points
        assertThat(q.measuredMax()).isEqualTo(100);
        assertThat(q.total()).isEqualTo(77.97);
    }

    @Test
    void feedbackIndicatorsSayNoDataYetInsteadOfANumber() {
        List<Indicator> ind = ServiceQualityIndex.indicators(counts(), Optional.empty());
        Indicator feedback = ind.stream().filter(i -> i.key().equals("feedbackHandledOnTime")).findFirst()
                .orElseThrow();
        assertThat(feedback.value()).isNull();
        assertThat(feedback.status()).isEqualTo("NOT_AVAILABLE");
        assertThat(feedback.computedAs()).contains("feedback module");
    }

    @Test
    void feedbackFiguresWhenAModuleProvidesThem() {
        List<Indicator> ind = ServiceQualityIndex.indicators(counts(),
                Optional.of(new FeedbackFigures.Figures(10, 5, 10, 8)));
        QualityIndex q = ServiceQualityIndex.index(ind, HANDLED);
        // 18 × min(1, (1 − 0.15 − 0.05) ÷ 0.9) × (0.5 + 0.5 × 0.8)
        assertThat(q.group("satisfaction").score()).isEqualTo(14.4);
        assertThat(q.group("satisfaction").note()).isNull();
    }

    @Test
    void groupsWithNothingToMeasureAreLeftOutAndTheTotalRescaled() {
        List<Indicator> ind = ServiceQualityIndex.indicators(Counts.zero(), Optional.empty());
        QualityIndex none = ServiceQualityIndex.index(ind, List.of());
        assertThat(none.total()).isNull();
        assertThat(none.groups()).allSatisfy(g -> assertThat(g.score()).isNull());

        Counts onlyReceived = Counts.zero().with(Measure.RECEIVED, 2).with(Measure.IN_PROGRESS_ON_TIME, 2);
        QualityIndex q = ServiceQualityIndex.index(ServiceQualityIndex.indicators(onlyReceived, Optional.empty()),
                List.of(new ProcedureProfile("a", true, true, false, false)));
        assertThat(q.group("onlinePayment").score()).as("no fee-charging procedure, nothing owed").isNull();
        assertThat(q.measuredMax()).isEqualTo(90);
        assertThat(q.total()).isEqualTo(Indicator.round(q.measuredScore() * 100 / 90, 2));
    }

    @Test
    void ratesShowTheCountsBehindThem() {
        Indicator online = ServiceQualityIndex.indicators(counts(), Optional.empty()).stream()
                .filter(i -> i.key().equals("onlineShare")).findFirst().orElseThrow();
        assertThat(online.value()).isEqualTo(0.4);
        assertThat(online.numerator()).isEqualTo(40);
        assertThat(online.denominator()).isEqualTo(100);
        assertThat(online.computedAs()).isEqualTo("40 submitted online ÷ 100 received");
    }
}
