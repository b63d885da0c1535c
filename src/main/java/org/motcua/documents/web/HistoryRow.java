package org.motcua.documents.web;

/**
 * One event in a document's history.
 *
 * @param textKey message key of what happened
 * @param detail  data shown with it (a number, a reason, a note), may be empty
 */
public record HistoryRow(String at, String textKey, String by, String detail) {
}
