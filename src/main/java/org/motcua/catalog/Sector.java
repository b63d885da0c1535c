package org.motcua.catalog;

/** A sector (lĩnh vực) procedures are grouped by, e.g. {@code ho-tich} (civil status). */
public record Sector(String slug, LocalizedText name) {
}
