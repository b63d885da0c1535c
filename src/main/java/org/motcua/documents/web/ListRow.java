package org.motcua.documents.web;

/**
 * A document in a list of the staff pages (assigned to me, drafts, search results).
 *
 * @param link      the text of the link to its page (its incoming number, symbol or type)
 * @param kindKey   message key: outgoing, incoming, draft status …
 * @param detail    a deadline or date, may be empty
 */
public record ListRow(String href, String link, String kindKey, String summary, String detail) {
}
