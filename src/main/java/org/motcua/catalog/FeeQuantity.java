package org.motcua.catalog;

/**
 * How many units of a per-copy or per-page fee line a dossier owes, computed from its form data: the value of the
 * integer form field {@code field} (e.g. the number of pages), counted only from unit {@code from} up to unit
 * {@code to} (tiered rates: "the first and second page", "from the third page"), then multiplied by the value of
 * {@code timesField} when named (e.g. the number of copies).
 *
 * @param field      a top-level integer field of the procedure's form (YAML {@code quantityField})
 * @param from       the first unit counted, from 1 (YAML {@code quantityFrom}, default 1)
 * @param to         the last unit counted, or null for no limit (YAML {@code quantityTo})
 * @param timesField another top-level integer field the count is multiplied by, or null (YAML {@code timesField})
 */
public record FeeQuantity(String field, int from, Integer to, String timesField) {
}
