package org.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the calendar table: a holiday or a swapped working day, with its names.
 *
 * @param updatedBy the staff member who last set it, or {@code system} for the table shipped with the platform
 */
public record CalendarDay(LocalDate date, CalendarDayKind kind, String nameVi, String nameEn, Instant updatedAt,
                          String updatedBy) {
}
