package org.motcua.calendar;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.calendar.CalendarFixtures.VIETNAM;
import static org.motcua.calendar.CalendarFixtures.at;
import static org.motcua.calendar.CalendarFixtures.days;
import static org.motcua.calendar.CalendarFixtures.hcmc;
import static org.motcua.calendar.CalendarFixtures.inVietnam;

/**
 * Deadlines in working time on Ho Chi Minh City's real 2025/2026 calendar, default hours 07:30–11:30 and 13:00–17:00.
 * The ordinary week used for boundaries is Mon 2 March – Fri 6 March 2026 (no holidays).
 */
class WorkingCalendarTests {

    private final WorkingCalendar calendar = hcmc();

    private LocalDateTime due(String start, String workingDays) {
        return inVietnam(calendar.due(at(start), days(workingDays)));
    }

    private LocalDateTime sameDay(String received) {
        return inVietnam(calendar.sameDayDue(at(received)));
    }

    private static LocalDateTime local(String vietnamTime) {
        return LocalDateTime.parse(vietnamTime);
    }

    @Nested
    class HolidaysAndSwaps {

        @Test
        void dueDateSkipsTetHolidays() {
            // given Tết 2026 is Mon 16 – Fri 20 February, then a weekend
            for (int d = 16; d <= 22; d++) {
                assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, d))).as("2026-02-%d", d).isFalse();
            }
            // when a one-day limit starts at the close of the last working day before Tết
            // then it ends at the close of the first working day after it
            assertThat(due("2026-02-13T17:00", "1")).isEqualTo(local("2026-02-23T17:00"));
            // and two days from Thursday 09:00 use Thursday (6.5 h), Friday (8 h) and 1.5 h on Monday 23
            assertThat(due("2026-02-12T09:00", "2")).isEqualTo(local("2026-02-23T09:00"));
        }

        @Test
        void tet2025BreakDaysIncludingWeekendsAreOff() {
            // given 2025 Tết off from Sat 25 January to Sun 2 February
            for (LocalDate d = LocalDate.of(2025, 1, 25); !d.isAfter(LocalDate.of(2025, 2, 2)); d = d.plusDays(1)) {
                assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
            }
            // when / then
            assertThat(due("2025-01-24T17:00", "1")).isEqualTo(local("2025-02-03T17:00"));
        }

        @Test
        void swappedSaturday26April2025CountsAsAWorkingDay() {
            // given Sat 26 April 2025 was worked in exchange for Fri 2 May
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 19))).as("an ordinary Saturday").isFalse();
            // when a one-day limit starts at the close of Friday 25 April
            // then it ends at the close of that Saturday
            assertThat(due("2025-04-25T17:00", "1")).isEqualTo(local("2025-04-26T17:00"));
        }

        @Test
        void friday2May2025IsOffWithReunificationAndLabourDay() {
            // given Wed 30 April, Thu 1 May and the swapped Fri 2 May 2025 are off
            assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
            // when / then a day from Tuesday 29 April runs to Monday 5 May
            assertThat(due("2025-04-29T17:00", "1")).isEqualTo(local("2025-05-05T17:00"));
            // and a day from the close of the swapped Saturday ends on Monday 28 April
            assertThat(due("2025-04-26T17:00", "1")).isEqualTo(local("2025-04-28T17:00"));
        }

        @Test
        void hungKingsDayFallingOnSunday26April2026IsTakenOnMonday27() {
            // given
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 26))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
            // when / then
            assertThat(due("2026-04-24T17:00", "1")).isEqualTo(local("2026-04-28T17:00"));
            // and with 30 April and 1 May (Thu, Fri) off, the second day is Monday 4 May
            assertThat(due("2026-04-28T17:00", "2")).isEqualTo(local("2026-05-04T17:00"));
        }

        @Test
        void vietnameseCultureDay24November2026IsOff() {
            // given
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
            // when / then
            assertThat(due("2026-11-23T17:00", "1")).isEqualTo(local("2026-11-25T17:00"));
        }

        @Test
        void nationalDay2025FromSaturday30AugustToTuesday2SeptemberIsOff() {
            assertThat(due("2025-08-29T17:00", "1")).isEqualTo(local("2025-09-03T17:00"));
        }

        @Test
        void nextWorkingDayAfterTheLastDayBeforeTetIsTheMondayAfterIt() {
            assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 23));
            assertThat(calendar.nextWorkingDay(LocalDate.of(2025, 4, 25))).isEqualTo(LocalDate.of(2025, 4, 26));
        }
    }

    @Nested
    class StartsAndBoundaries {

        @Test
        void startAtOpeningCountsFromThere() {
            assertThat(due("2026-03-02T07:30", "1")).isEqualTo(local("2026-03-02T17:00"));
        }

        @Test
        void startAtEndOfMorningCountsFromTheAfternoon() {
            assertThat(due("2026-03-02T11:30", "0.5")).isEqualTo(local("2026-03-02T17:00"));
            assertThat(due("2026-03-02T11:30", "1")).isEqualTo(local("2026-03-03T11:30"));
        }

        @Test
        void startAtAfternoonOpeningEndsAtCloseNotNextMorning() {
            assertThat(due("2026-03-02T13:00", "0.5")).isEqualTo(local("2026-03-02T17:00"));
            assertThat(due("2026-03-02T13:00", "1")).isEqualTo(local("2026-03-03T11:30"));
        }

        @Test
        void startAtCloseCountsFromNextMorning() {
            assertThat(due("2026-03-02T17:00", "0.5")).isEqualTo(local("2026-03-03T11:30"));
            assertThat(due("2026-03-02T17:00", "1")).isEqualTo(local("2026-03-03T17:00"));
        }

        @Test
        void startDuringLunchCountsFromTheAfternoon() {
            assertThat(due("2026-03-02T12:15", "0.25")).isEqualTo(local("2026-03-02T15:00"));
            assertThat(due("2026-03-02T11:45", "1")).isEqualTo(local("2026-03-03T11:30"));
        }

        @Test
        void startAtNightCountsFromNextOpening() {
            assertThat(due("2026-03-02T22:00", "0.5")).isEqualTo(local("2026-03-03T11:30"));
            assertThat(due("2026-03-03T05:00", "0.25")).isEqualTo(local("2026-03-03T09:30"));
        }

        @Test
        void startOnWeekendCountsFromMonday() {
            assertThat(due("2026-03-07T10:00", "1")).isEqualTo(local("2026-03-09T17:00"));
        }

        @Test
        void startOnHolidayCountsFromFirstWorkingDayAfter() {
            assertThat(due("2026-02-17T09:00", "0.5")).isEqualTo(local("2026-02-23T11:30"));
        }

        @Test
        void halfDayFromOpeningEndsAt1130NotAt1300() {
            assertThat(due("2026-03-02T07:30", "0.5")).isEqualTo(local("2026-03-02T11:30"));
        }

        @Test
        void halfDayFrom0900EndsAt1430() {
            // given 09:00–11:30 is 2.5 h, so 1.5 h of the 4 h remain for the afternoon
            assertThat(due("2026-03-02T09:00", "0.5")).isEqualTo(local("2026-03-02T14:30"));
        }

        @Test
        void limitUsedUpExactlyAtCloseEndsAtClose() {
            assertThat(due("2026-03-02T07:30", "2")).isEqualTo(local("2026-03-03T17:00"));
            assertThat(due("2026-03-06T07:30", "1")).as("a Friday").isEqualTo(local("2026-03-06T17:00"));
            assertThat(due("2026-03-02T15:00", "0.25")).isEqualTo(local("2026-03-02T17:00"));
        }

        @Test
        void oneDayFromFridayCloseEndsAtMondayClose() {
            assertThat(due("2026-03-06T17:00", "1")).isEqualTo(local("2026-03-09T17:00"));
        }
    }

    @Nested
    class FractionalAndLargeLimits {

        @Test
        void quarterDayIsTwoWorkingHoursAcrossLunch() {
            assertThat(due("2026-03-02T07:30", "0.25")).isEqualTo(local("2026-03-02T09:30"));
            assertThat(due("2026-03-02T10:30", "0.25")).isEqualTo(local("2026-03-02T14:00"));
        }

        @Test
        void oneAndAHalfDays() {
            assertThat(due("2026-03-02T07:30", "1.5")).isEqualTo(local("2026-03-03T11:30"));
            assertThat(due("2026-03-02T09:00", "1.5")).isEqualTo(local("2026-03-03T14:30"));
        }

        @Test
        void twoAndThreeQuarterDaysAre22WorkingHours() {
            // given Monday from 09:00 gives 6.5 h and Tuesday 8 h, so 7.5 h remain for Wednesday
            assertThat(due("2026-03-02T09:00", "2.75")).isEqualTo(local("2026-03-04T16:30"));
        }

        @Test
        void trailingZerosDoNotChangeTheLimit() {
            assertThat(calendar.due(at("2026-03-02T09:00"), new BigDecimal("1.50")))
                    .isEqualTo(calendar.due(at("2026-03-02T09:00"), new BigDecimal("1.5")));
        }

        @Test
        void hundredthOfADayIsFourMinutesFortyEightSeconds() {
            assertThat(due("2026-03-02T07:30", "0.01")).isEqualTo(local("2026-03-02T07:34:48"));
        }

        @Test
        void limitIsRoundedHalfUpToTheSecond() {
            assertThat(calendar.toWorkingTime(days("0.00015625"))).isEqualTo(Duration.ofSeconds(5)); // 4.5 s
            assertThat(calendar.toWorkingTime(days("0.0000625"))).isEqualTo(Duration.ofSeconds(2)); // 1.8 s
            assertThat(calendar.toWorkingTime(days("0.00005"))).isEqualTo(Duration.ofSeconds(1)); // 1.44 s
            assertThat(due("2026-03-02T07:30", "0.00015625")).isEqualTo(local("2026-03-02T07:30:05"));
        }

        @Test
        void year2025Has250WorkingDaysAnd2026Has249() {
            // given 2025: 261 weekdays − 12 weekday holidays + 1 swapped Saturday; 2026: 261 − 12
            // when / then
            assertThat(due("2024-12-31T17:00", "250")).isEqualTo(local("2025-12-31T17:00"));
            assertThat(due("2024-12-31T17:00", "249")).isEqualTo(local("2025-12-30T17:00"));
            assertThat(due("2025-12-31T17:00", "249")).isEqualTo(local("2026-12-31T17:00"));
            assertThat(due("2024-12-31T17:00", "499")).isEqualTo(local("2026-12-31T17:00"));
            assertThat(calendar.workingTimeBetween(at("2025-01-01T00:00"), at("2026-01-01T00:00")))
                    .isEqualTo(Duration.ofHours(250 * 8));
            assertThat(calendar.workingTimeBetween(at("2026-01-01T00:00"), at("2027-01-01T00:00")))
                    .isEqualTo(Duration.ofHours(249 * 8));
        }

        @Test
        void largestLimitOf3650DaysIsExactlyThatMuchWorkingTime() {
            // given
            Instant start = at("2026-03-02T09:00");
            // when
            Instant due = calendar.due(start, WorkingCalendar.MAX_WORKING_DAYS);
            // then
            assertThat(calendar.workingTimeBetween(start, due)).isEqualTo(Duration.ofHours(3650L * 8));
            assertThat(due).isAfter(calendar.due(start, days("3649")));
            // and it matches an independent count (weekdays of 2027–2040 all working, no data for them)
            assertThat(inVietnam(due)).isEqualTo(local("2040-03-06T09:00"));
        }

        @Test
        void yearWithoutHolidayDataCountsEveryWeekdayAndIsReported() {
            // given nothing is recorded for 2027, so Fri 1 January 2027 counts as a working day
            assertThat(calendar.hasHolidayData(2026)).isTrue();
            assertThat(calendar.hasHolidayData(2027)).isFalse();
            // when
            Instant due = calendar.due(at("2025-12-31T17:00"), days("250"));
            // then
            assertThat(inVietnam(due)).isEqualTo(local("2027-01-01T17:00"));
            assertThat(calendar.yearsWithoutHolidayData(at("2025-12-31T17:00"), due)).containsExactly(2027);
            assertThat(calendar.yearsWithoutHolidayData(at("2025-01-02T08:00"), at("2026-12-31T17:00"))).isEmpty();
        }
    }

    @Nested
    class InstantsInOtherOffsets {

        @Test
        void utcInputGivesTheSameInstantAsVietnamTime() {
            // given 01:00 UTC is 08:00 in Vietnam on Friday 13 February 2026, the last day before Tết
            // when
            Instant due = calendar.due(Instant.parse("2026-02-13T01:00:00Z"), days("1"));
            // then
            assertThat(due).isEqualTo(Instant.parse("2026-02-23T01:00:00Z"));
            assertThat(inVietnam(due)).isEqualTo(local("2026-02-23T08:00"));
        }

        @Test
        void utcEveningIsTheNextMorningInVietnam() {
            // given Thu 12 Feb 23:00 UTC is Fri 13 Feb 06:00 in Vietnam, before opening on a working day
            assertThat(inVietnam(calendar.due(Instant.parse("2026-02-12T23:00:00Z"), days("0.5"))))
                    .isEqualTo(local("2026-02-13T11:30"));
            // and Fri 13 Feb 17:30 UTC is already Saturday in Vietnam
            assertThat(inVietnam(calendar.due(Instant.parse("2026-02-13T17:30:00Z"), days("1"))))
                    .isEqualTo(local("2026-02-23T17:00"));
        }
    }

    @Nested
    class SameDayProcedures {

        @Test
        void receivedAt1459IsDueAtCloseTheSameDay() {
            assertThat(sameDay("2026-03-02T14:59")).isEqualTo(local("2026-03-02T17:00"));
        }

        @Test
        void receivedAt1500IsStillTheSameDayToTheMinute() {
            assertThat(sameDay("2026-03-02T15:00")).isEqualTo(local("2026-03-02T17:00"));
            assertThat(sameDay("2026-03-02T15:00:59")).isEqualTo(local("2026-03-02T17:00"));
        }

        @Test
        void receivedAt1501IsDueAtCloseTheNextWorkingDay() {
            assertThat(sameDay("2026-03-02T15:01")).isEqualTo(local("2026-03-03T17:00"));
            assertThat(sameDay("2026-03-06T15:01")).as("a Friday").isEqualTo(local("2026-03-09T17:00"));
        }

        @Test
        void receivedBeforeOpeningOrAtLunchIsTheSameDay() {
            assertThat(sameDay("2026-03-02T06:45")).isEqualTo(local("2026-03-02T17:00"));
            assertThat(sameDay("2026-03-02T12:00")).isEqualTo(local("2026-03-02T17:00"));
        }

        @Test
        void receivedOnSaturdayIsDueAtCloseOnMonday() {
            assertThat(sameDay("2026-03-07T09:00")).isEqualTo(local("2026-03-09T17:00"));
        }

        @Test
        void receivedOnSwappedSaturdayFollowsTheWorkingDayRule() {
            assertThat(sameDay("2025-04-26T10:00")).isEqualTo(local("2025-04-26T17:00"));
            assertThat(sameDay("2025-04-26T16:00")).isEqualTo(local("2025-04-28T17:00"));
        }

        @Test
        void receivedTheDayBeforeTet() {
            assertThat(sameDay("2026-02-13T14:00")).isEqualTo(local("2026-02-13T17:00"));
            assertThat(sameDay("2026-02-13T15:01")).isEqualTo(local("2026-02-23T17:00"));
        }

        @Test
        void receivedOnHolidayIsDueAtCloseOfNextWorkingDay() {
            assertThat(sameDay("2026-02-17T09:00")).isEqualTo(local("2026-02-23T17:00"));
        }

        @Test
        void receivedInUtcIsJudgedInVietnamTime() {
            // given 08:01 UTC is 15:01 in Vietnam
            assertThat(inVietnam(calendar.sameDayDue(Instant.parse("2026-03-02T08:01:00Z"))))
                    .isEqualTo(local("2026-03-03T17:00"));
        }

        @Test
        void limitOfZeroDaysIsASameDayProcedure() {
            assertThat(due("2026-03-02T10:00", "0")).isEqualTo(local("2026-03-02T17:00"));
            assertThat(due("2026-03-02T15:01", "0.00")).isEqualTo(local("2026-03-03T17:00"));
        }

        @Test
        void cutoffIsConfigurable() {
            // given
            WorkingCalendar later = CalendarFixtures.withHours(CalendarFixtures.DEFAULT_HOURS, LocalTime.of(16, 0));
            // when / then
            assertThat(inVietnam(later.sameDayDue(at("2026-03-02T15:30")))).isEqualTo(local("2026-03-02T17:00"));
            assertThat(inVietnam(later.sameDayDue(at("2026-03-02T16:01")))).isEqualTo(local("2026-03-03T17:00"));
        }
    }

    @Nested
    class WorkingTime {

        @Test
        void workingTimeBetweenSkipsLunchNightsWeekendsAndHolidays() {
            assertThat(calendar.workingTimeBetween(at("2026-03-02T11:00"), at("2026-03-02T13:30")))
                    .isEqualTo(Duration.ofHours(1));
            assertThat(calendar.workingTimeBetween(at("2026-02-13T16:00"), at("2026-02-23T08:30")))
                    .isEqualTo(Duration.ofHours(2));
            assertThat(calendar.workingTimeBetween(at("2026-03-02T18:00"), at("2026-03-03T07:00")))
                    .isEqualTo(Duration.ZERO);
        }

        @Test
        void workingTimeBackwardsIsNegative() {
            assertThat(calendar.workingTimeBetween(at("2026-03-02T13:30"), at("2026-03-02T11:00")))
                    .isEqualTo(Duration.ofHours(-1));
        }

        @Test
        void timeWaitingForSupplementExtendsTheDeadline() {
            // given a 3-day dossier received Monday 09:00 is due Thursday 09:00
            Instant received = at("2026-03-02T09:00");
            Instant due = calendar.due(received, days("3"));
            assertThat(inVietnam(due)).isEqualTo(local("2026-03-05T09:00"));
            // when it waits for a supplement from Tuesday 10:00 to Friday 14:00 (26.5 working hours)
            Duration paused = calendar.workingTimeBetween(at("2026-03-03T10:00"), at("2026-03-06T14:00"));
            assertThat(paused).isEqualTo(Duration.ofMinutes(26 * 60 + 30));
            // then the 15 h still owed after the supplement run from Friday 14:00 to Tuesday 11:30
            assertThat(inVietnam(calendar.addWorkingTime(due, paused))).isEqualTo(local("2026-03-10T11:30"));
        }

        @Test
        void addingWorkingTimeIsTheInverseOfMeasuringIt() {
            List<String> starts = List.of("2026-02-13T16:59", "2026-03-02T07:30", "2026-03-02T11:30",
                    "2026-03-02T12:00", "2026-03-06T17:00", "2025-04-25T23:00");
            for (String start : starts) {
                for (long minutes : new long[]{1, 60, 240, 241, 480, 481, 3000}) {
                    Instant end = calendar.addWorkingTime(at(start), Duration.ofMinutes(minutes));
                    assertThat(calendar.workingTimeBetween(at(start), end)).as(start + " + " + minutes + " min")
                            .isEqualTo(Duration.ofMinutes(minutes));
                }
            }
        }

        @Test
        void addingNoWorkingTimeLeavesTheInstantAsItIs() {
            assertThat(calendar.addWorkingTime(at("2026-03-07T23:00"), Duration.ZERO)).isEqualTo(at("2026-03-07T23:00"));
        }
    }

    @Nested
    class Configuration {

        @Test
        void workingDayIsTheTotalOfThePeriods() {
            // given a 7-hour day
            WorkingCalendar short7 = CalendarFixtures.withHours("07:00-11:00,13:00-16:00", LocalTime.of(15, 0));
            // when / then
            assertThat(short7.workingDayLength()).isEqualTo(Duration.ofHours(7));
            assertThat(inVietnam(short7.due(at("2026-03-02T07:00"), days("1")))).isEqualTo(local("2026-03-02T16:00"));
            assertThat(inVietnam(short7.due(at("2026-03-02T07:00"), days("0.5")))).isEqualTo(local("2026-03-02T10:30"));
            assertThat(calendar.workingDayLength()).isEqualTo(Duration.ofHours(8));
        }

        @Test
        void singlePeriodWithoutLunchBreak() {
            WorkingCalendar oneBlock = CalendarFixtures.withHours("08:00-16:00", LocalTime.of(15, 0));
            assertThat(inVietnam(oneBlock.due(at("2026-03-02T08:00"), days("0.5")))).isEqualTo(local("2026-03-02T12:00"));
        }

        @Test
        void hoursAreParsedWithSpacesAroundTheParts() {
            assertThat(WorkingPeriod.parseAll(" 07:30 - 11:30 , 13:00-17:00 ")).containsExactly(
                    new WorkingPeriod(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                    new WorkingPeriod(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }

        @Test
        void malformedHoursAreRejected() {
            for (String hours : List.of("", "7:30-11:30", "07:30-11:30;13:00-17:00", "07:30-11:30,", "25:00-26:00",
                    "07:30", "07:30-11:30,13:00-17:00,abc")) {
                assertThatThrownBy(() -> WorkingPeriod.parseAll(hours)).as(hours)
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }

        @Test
        void periodMustEndAfterItStarts() {
            assertThatThrownBy(() -> WorkingPeriod.parseAll("17:00-13:00"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end after it starts");
            assertThatThrownBy(() -> WorkingPeriod.parseAll("07:30-07:30"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void periodsMustBeInOrderAndNotOverlap() {
            assertThatThrownBy(() -> CalendarFixtures.withHours("13:00-17:00,07:30-11:30", LocalTime.of(15, 0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in order");
            assertThatThrownBy(() -> CalendarFixtures.withHours("07:30-12:00,11:30-17:00", LocalTime.of(15, 0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        }

        @Test
        void cutoffAfterCloseIsRejected() {
            assertThatThrownBy(() -> CalendarFixtures.withHours(CalendarFixtures.DEFAULT_HOURS, LocalTime.of(17, 30)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut-off");
        }

        @Test
        void swappedWorkingDayMustBeAWeekendDayAndNotAlsoAHoliday() {
            List<WorkingPeriod> hours = WorkingPeriod.parseAll(CalendarFixtures.DEFAULT_HOURS);
            LocalDate wednesday = LocalDate.of(2026, 3, 4);
            LocalDate saturday = LocalDate.of(2026, 3, 7);
            assertThatThrownBy(() -> new WorkingCalendar(VIETNAM, hours, LocalTime.NOON, Set.of(), Set.of(wednesday)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Saturday or Sunday");
            assertThatThrownBy(() -> new WorkingCalendar(VIETNAM, hours, LocalTime.NOON, Set.of(saturday),
                    Set.of(saturday))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
        }

        @Test
        void limitsOutsideZeroTo3650DaysAreRejected() {
            Instant start = at("2026-03-02T09:00");
            assertThatThrownBy(() -> calendar.due(start, days("-0.5"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> calendar.due(start, days("3650.01"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> calendar.due(start, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> calendar.addWorkingTime(start, Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void calendarIsImmutable() {
            assertThatThrownBy(() -> calendar.holidays().add(LocalDate.of(2026, 3, 4)))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 4))).isTrue();
        }
    }
}
