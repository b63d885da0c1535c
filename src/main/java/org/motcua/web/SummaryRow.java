package org.motcua.web;

/**
 * One row of a summary list (check your answers).
 *
 * @param labelKey   message key of the question
 * @param value      the answer as entered or read (not translated)
 * @param changeHref where to change it; null for no "Change" link
 */
public record SummaryRow(String labelKey, String value, String changeHref) {
}
