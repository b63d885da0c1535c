package org.motcua.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The working calendar of the one-stop shops (Labour Code 2019, art. 111–112) and the deadline arithmetic every time
 * limit of the platform uses. Immutable and thread-safe.
 *
 * <p>A working day (ngày làm việc) is a Monday–Friday that is not a public holiday, or a Saturday/Sunday declared a
 * working day to bridge a gap (ngày làm bù). Time limits are in working days; one working day is the length of the
 * working periods of a day (8 h by default), so 0.5 day is 4 working hours. A deadline is the earliest instant at
 * which the working time elapsed since the start reaches the limit: a start outside working time counts from the
 * next working period, and a limit used up exactly at the end of a period ends there (17:00, not 07:30 next day).
 */
public final class WorkingCalendar {

    /** The largest time limit accepted, in working days (about 14 years). */
    public static final BigDecimal MAX_WORKING_DAYS = BigDecimal.valueOf(3650);

    /** No computation walks through more calendar days than this (about 55 years). */
    static final int MAX_SPAN_DAYS = 20_000;

    private final ZoneId zone;
    private final List<WorkingPeriod> periods;
    private final LocalTime sameDayCutoff;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> swappedWorkingDays;
    private final Set<Integer> yearsWithHolidays;
    private final long workingDaySeconds;

    /**
     * @param periods            the working hours of every working day, in order, not overlapping
     * @param sameDayCutoff      same-day procedures received after this time of day are due the next working day; at
     *                           the latest the end of the last period
     * @param holidays           days off (any day of the week; a holiday on a weekend changes nothing)
     * @param swappedWorkingDays Saturdays and Sundays worked; never also a holiday
     */
    public WorkingCalendar(ZoneId zone, List<WorkingPeriod> periods, LocalTime sameDayCutoff,
                           Set<LocalDate> holidays, Set<LocalDate> swappedWorkingDays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
        this.sameDayCutoff = Objects.requireNonNull(sameDayCutoff, "sameDayCutoff");
        this.holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
        this.swappedWorkingDays = Set.copyOf(Objects.requireNonNull(swappedWorkingDays, "swappedWorkingDays"));
        if (this.periods.isEmpty()) {
            throw new IllegalArgumentException("At least one working period is required");
        }
        for (int i = 1; i < this.periods.size(); i++) {
            WorkingPeriod previous = this.periods.get(i - 1);
            WorkingPeriod next = this.periods.get(i);
            if (next.start().isBefore(previous.end())) {
                throw new IllegalArgumentException("Working periods must be in order and must not overlap: "
                        + previous + " and " + next);
            }
        }
        if (sameDayCutoff.isAfter(lastPeriod().end())) {
            throw new IllegalArgumentException("The same-day cut-off " + sameDayCutoff
                    + " is after the end of the working day " + lastPeriod().end());
        }
        for (LocalDate day : this.swappedWorkingDays) {
            if (!isWeekend(day)) {
                throw new IllegalArgumentException("A swapped working day must be a Saturday or Sunday: " + day);
            }
            if (this.holidays.contains(day)) {
                throw new IllegalArgumentException(day + " cannot be both a holiday and a swapped working day");
            }
        }
        this.yearsWithHolidays = this.holidays.stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
        this.workingDaySeconds = this.periods.stream().mapToLong(p -> p.length().toSeconds()).sum();
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (holidays.contains(day)) {
            return false;
        }
        return swappedWorkingDays.contains(day) || !isWeekend(day);
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate candidate = day;
        for (int i = 0; i < MAX_SPAN_DAYS; i++) {
            candidate = candidate.plusDays(1);
            if (isWorkingDay(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No working day within " + MAX_SPAN_DAYS + " days after " + day);
    }

    /**
     * The deadline (hạn giải quyết, ngày hẹn trả) of a time limit of {@code workingDays} starting at {@code start}.
     * The limit is converted to working time and rounded half up to the second. A limit of zero is a same-day
     * procedure (giải quyết trong ngày) and follows {@link #sameDayDue(Instant)}.
     *
     * @throws IllegalArgumentException when the limit is negative or above {@link #MAX_WORKING_DAYS}
     */
    public Instant due(Instant start, BigDecimal workingDays) {
        Objects.requireNonNull(start, "start");
        Duration workingTime = toWorkingTime(workingDays);
        return workingDays.signum() == 0 ? sameDayDue(start) : addWorkingTime(start, workingTime);
    }

    /**
     * The return time of a same-day procedure: received on a working day by the cut-off (15:00 by default, compared
     * to the minute as the receipt shows it) → the end of that working day; received later, or on a day off → the
     * end of the next working day.
     */
    public Instant sameDayDue(Instant received) {
        ZonedDateTime at = Objects.requireNonNull(received, "received").atZone(zone);
        LocalDate day = at.toLocalDate();
        boolean byCutoff = !at.toLocalTime().truncatedTo(ChronoUnit.MINUTES).isAfter(sameDayCutoff);
        LocalDate returnDay = isWorkingDay(day) && byCutoff ? day : nextWorkingDay(day);
        return instant(returnDay, lastPeriod().end());
    }

    /**
     * The working time between two instants (negative when {@code to} is before {@code from}), e.g. the time a
     * dossier waited for the applicant's supplement, which does not count towards its deadline.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        if (ChronoUnit.DAYS.between(first, last) > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException("Cannot measure working time over more than " + MAX_SPAN_DAYS
                    + " days: " + from + " to " + to);
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingPeriod period : periods) {
                Instant start = latest(from, instant(day, period.start()));
                Instant end = earliest(to, instant(day, period.end()));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The earliest instant at which {@code workingTime} of working time has elapsed since {@code start}; {@code
     * start} itself for zero.
     */
    public Instant addWorkingTime(Instant start, Duration workingTime) {
        Objects.requireNonNull(start, "start");
        if (Objects.requireNonNull(workingTime, "workingTime").isNegative()) {
            throw new IllegalArgumentException("Working time must not be negative: " + workingTime);
        }
        if (workingTime.isZero()) {
            return start;
        }
        Duration remaining = workingTime;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_SPAN_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingPeriod period : periods) {
                Instant from = latest(start, instant(day, period.start()));
                Instant end = instant(day, period.end());
                if (!from.isBefore(end)) {
                    continue;
                }
                Duration available = Duration.between(from, end);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalArgumentException("The working time " + workingTime + " from " + start
                + " does not fit in " + MAX_SPAN_DAYS + " days");
    }

    /** A limit in working days as working time: {@code workingDays} × {@link #workingDayLength()}, to the second. */
    public Duration toWorkingTime(BigDecimal workingDays) {
        Objects.requireNonNull(workingDays, "workingDays");
        if (workingDays.signum() < 0 || workingDays.compareTo(MAX_WORKING_DAYS) > 0) {
            throw new IllegalArgumentException("A time limit must be between 0 and " + MAX_WORKING_DAYS
                    + " working days: " + workingDays);
        }
        return Duration.ofSeconds(workingDays.multiply(BigDecimal.valueOf(workingDaySeconds))
                .setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** Whether holidays are recorded for {@code year}; when not, every weekday of that year counts as working. */
    public boolean hasHolidayData(int year) {
        return yearsWithHolidays.contains(year);
    }

    /** The years touched by the interval (local time) that have no holidays recorded, in order. */
    public SortedSet<Integer> yearsWithoutHolidayData(Instant from, Instant to) {
        int a = from.atZone(zone).getYear();
        int b = to.atZone(zone).getYear();
        SortedSet<Integer> missing = new TreeSet<>();
        for (int year = Math.min(a, b); year <= Math.max(a, b); year++) {
            if (!hasHolidayData(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /** The working hours of one working day (8 h by default). */
    public Duration workingDayLength() {
        return Duration.ofSeconds(workingDaySeconds);
    }

    public ZoneId zone() {
        return zone;
    }

    public List<WorkingPeriod> periods() {
        return periods;
    }

    public LocalTime sameDayCutoff() {
        return sameDayCutoff;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public Set<LocalDate> swappedWorkingDays() {
        return swappedWorkingDays;
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + " " + periods + ", same-day cut-off " + sameDayCutoff + ", "
                + holidays.size() + " holidays, " + swappedWorkingDays.size() + " swapped working days]";
    }

    private WorkingPeriod lastPeriod() {
        return periods.get(periods.size() - 1);
    }

    private Instant instant(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
