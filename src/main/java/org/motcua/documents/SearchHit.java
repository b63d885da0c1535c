package org.motcua.documents;

import java.time.Instant;

/**
 * A document of the unit that matches a search.
 *
 * @param kind   {@code outgoing} or {@code incoming} (the unit's own entry of a received document)
 * @param number the incoming number of an incoming entry; null for outgoing documents
 * @param symbol the document's number and symbol (null for an unnumbered draft)
 * @param at     when it was created (outgoing) or received (incoming)
 */
public record SearchHit(String kind, String id, Integer number, String symbol, String type, String summary,
                        Instant at) {
}
