package org.motcua.monitoring.web;

import org.junit.jupiter.api.Test;
import org.motcua.monitoring.Indicator;
import org.motcua.monitoring.Period;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** How the dashboards print the module's numbers and which periods the picker offers. */
class DashboardFiguresTests {

    @Test
    void aRateShowsItsCountsAndLinksItsNumeratorToTheDossiers() {
        Figure f = DashboardFigures.figure(Indicator.rate("supplementRate", 1, 3, "supplemented", "received"),
                "unit=xom-chieu&period=2026-11");
        assertThat(f.value()).isEqualTo("33.33 %");
        assertThat(f.rate()).isTrue();
        assertThat(f.numerator()).isEqualTo(1);
        assertThat(f.denominator()).isEqualTo(3);
        assertThat(f.href()).isEqualTo("/staff/dashboard/dossiers?unit=xom-chieu&period=2026-11&measure=supplemented");
        assertThat(f.labelKey()).isEqualTo("monitoring.metric.supplementRate");
    }

    @Test
    void aCountIsItsValueAndHasNoLinkForWhoMayNotSeeTheDossiers() {
        Figure f = DashboardFigures.figure(Indicator.count("finishedLate", 4, "finished late"), null);
        assertThat(f.value()).isEqualTo("4");
        assertThat(f.rate()).isFalse();
        assertThat(f.href()).isNull();
    }

    @Test
    void whatHasNoSourceOrNoDataIsADashNeverANumber() {
        assertThat(DashboardFigures.figure(Indicator.notAvailable("complaintRate", "no feedback"), "unit=x")
                .value()).isEqualTo("—");
        assertThat(DashboardFigures.figure(Indicator.rate("onlineShare", 0, 0, "online", "received"), "unit=x")
                .value()).isEqualTo("—");
        assertThat(DashboardFigures.figure(Indicator.rate("onTimeRate", 2, 3, "on time", "decided"), "unit=x")
                .href()).as("two counts make its numerator: no single list").isNull();
    }

    @Test
    void criteriaAreLabelledAndRatesPrintedAsPercentages() {
        assertThat(DashboardFigures.labelKey("index")).isEqualTo("monitoring.metric.index");
        assertThat(DashboardFigures.labelKey("index.progress")).isEqualTo("monitoring.dashboard.group.progress");
        assertThat(DashboardFigures.labelKey("proceduresOnline")).isEqualTo("monitoring.dashboard.input.proceduresOnline");
        assertThat(DashboardFigures.value("lateRate", 0.125)).isEqualTo("12.5 %");
        assertThat(DashboardFigures.value("received", 1000.0)).isEqualTo("1000");
    }

    @Test
    void thePickerOffersRecentPeriodsAndThePeriodAskedFor() {
        String month = PeriodPicker.thisMonth().toString();
        assertThat(PeriodPicker.options(month).get(0).options()).hasSize(12)
                .anySatisfy(o -> assertThat(o).isEqualTo(new PeriodGroup.Option(month, true)));
        assertThat(PeriodPicker.options("2019-Q2").get(0).options())
                .containsExactly(new PeriodGroup.Option("2019-Q2", true));
        assertThat(PeriodPicker.parse(null)).contains(Period.month(PeriodPicker.thisMonth()));
        assertThat(PeriodPicker.parse("2026-13")).isEmpty();
        Period span = PeriodPicker.trendSpan(Period.parse("2026-Q2"));
        assertThat(span.first()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(span.last()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(span.months()).hasSize(12);
    }
}
