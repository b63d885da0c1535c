package org.motcua.monitoring.web;

/**
 * One number on a dashboard with the counts behind it: a count ({@code rate} false, the value is the count) or a rate
 * ({@code numerator ÷ denominator}).
 *
 * @param available false when the platform has no source for it yet (printed as a dash, never invented)
 * @param href      the dossiers behind the count or the rate's numerator; null when there is no such list or the
 *                  official may not see it
 */
public record Figure(String key, String labelKey, String value, boolean rate, boolean available, long numerator,
                     long denominator, String href) {
}
