package org.motcua.feedback;

/** A stored photo of a report ({@code REPORT}) or of its answer ({@code ANSWER}). */
public record PhotoRef(long id, String kind, String mediaType, int size) {
}
