package org.motcua.calendar;

import org.motcua.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.TreeSet;

/**
 * Loads the public holidays and swapped working days shipped with the platform ({@value HolidayCsv#RESOURCE}). A date
 * is loaded once in the life of the database: what the city admin changed or removed stays so after a restart, and
 * dates added to the shipped table by a new release are loaded.
 */
@Component
@Order(20)
class CalendarSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);

    private final CalendarDays days;
    private final AuditLog audit;
    private final WorkingCalendars calendars;

    CalendarSeeder(CalendarDays days, AuditLog audit, WorkingCalendars calendars) {
        this.days = days;
        this.audit = audit;
        this.calendars = calendars;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        TreeSet<Integer> years = new TreeSet<>();
        int added = 0;
        for (HolidayCsv.Row row : HolidayCsv.shipped()) {
            if (days.seed(row)) {
                added++;
                years.add(row.date().getYear());
            }
        }
        if (added > 0) {
            log.info("Loaded {} public holidays and swapped working days for {} from {}", added, years,
                    HolidayCsv.RESOURCE);
            audit.record("system", "CALENDAR_DAYS_LOADED", "calendar-days",
                    Map.of("source", HolidayCsv.RESOURCE, "count", added, "years", years));
        }
        calendars.refreshAfterCommit();
    }
}
