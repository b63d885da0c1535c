package org.motcua.monitoring.web;

/**
 * One line of the green-thresholds form: a criterion's indicator with its minimum and maximum as typed (a rate as a
 * percentage, 0–100).
 *
 * @param id the form fields' id stem ({@code index.progress} → {@code index-progress}): {@code min-…}, {@code max-…}
 */
public record ThresholdRow(String key, String labelKey, String id, boolean rate, String min, String max) {
}
