package org.motcua.catalog;

/** A text in Vietnamese (authoritative) and English. */
public record LocalizedText(String vi, String en) {
}
