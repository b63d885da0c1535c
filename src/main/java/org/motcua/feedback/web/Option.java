package org.motcua.feedback.web;

/** An option of a select list on a page. */
public record Option(String value, String label, boolean selected) {
}
