package org.motcua.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The working calendar in force: the configured working hours with the holidays and swapped working days of the
 * calendar table. Every deadline of the platform is computed here. Kept in memory and rebuilt after every change of
 * the table.
 */
@Service
public class WorkingCalendars {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendars.class);

    private final CalendarDays days;
    private final CalendarProperties properties;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final Set<Integer> yearsWarnedAbout = ConcurrentHashMap.newKeySet();
    private volatile WorkingCalendar current;

    WorkingCalendars(CalendarDays days, CalendarProperties properties) {
        this.days = days;
        this.properties = properties;
    }

    /** The calendar as of the last committed change of the table. */
    public WorkingCalendar current() {
        WorkingCalendar calendar = current;
        return calendar != null ? calendar : refresh();
    }

    /** The deadline of a time limit in working days; see {@link WorkingCalendar#due(Instant, BigDecimal)}. */
    public Instant due(Instant start, BigDecimal workingDays) {
        return deadline(start, workingDays).due();
    }

    /**
     * The deadline of a time limit in working days, and whether it crossed a year without recorded holidays (logged
     * once per year as a warning).
     *
     * @throws IllegalArgumentException when the limit is negative or above {@link WorkingCalendar#MAX_WORKING_DAYS}
     */
    public Deadline deadline(Instant start, BigDecimal workingDays) {
        WorkingCalendar calendar = current();
        Instant due = calendar.due(start, workingDays);
        SortedSet<Integer> missing = calendar.yearsWithoutHolidayData(start, due);
        List<String> firstSeen = missing.stream().filter(yearsWarnedAbout::add).map(String::valueOf).toList();
        if (!firstSeen.isEmpty()) {
            log.warn("No public holidays are recorded for {}: deadlines there count every Monday-Friday as a "
                    + "working day until the city admin enters the government's notice", String.join(", ", firstSeen));
        }
        return new Deadline(due, !missing.isEmpty());
    }

    /** Rebuilds the calendar from the table once the current transaction commits (at once without one). */
    void refreshAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                refresh();
            }
        });
    }

    /** Rebuilds the calendar from the table. Serialised, so a slow rebuild never replaces a newer one. */
    WorkingCalendar refresh() {
        refreshing.lock();
        try {
            Set<LocalDate> holidays = new HashSet<>();
            Set<LocalDate> swapped = new HashSet<>();
            List<CalendarDay> entries = days.all();
            for (CalendarDay day : entries) {
                (day.kind() == CalendarDayKind.HOLIDAY ? holidays : swapped).add(day.date());
            }
            WorkingCalendar calendar = properties.calendar(holidays, swapped);
            current = calendar;
            log.debug("Working calendar rebuilt: {}", calendar);
            return calendar;
        } finally {
            refreshing.unlock();
        }
    }
}
