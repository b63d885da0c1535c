package org.motcua.documents.web;

/** One choice of a select list or a link to another unit. */
public record Option(String value, String label, boolean selected) {
}
