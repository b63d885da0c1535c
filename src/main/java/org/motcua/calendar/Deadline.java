package org.motcua.calendar;

import java.time.Instant;

/**
 * A computed deadline.
 *
 * @param due                when the time limit runs out
 * @param calendarIncomplete the computation crossed a year for which no public holidays are recorded (not yet
 *                           published by the government or not yet entered by the city admin), so {@code due} may be
 *                           too early
 */
public record Deadline(Instant due, boolean calendarIncomplete) {
}
