package org.motcua.catalog.web;

/** A life event or a sector to browse by: its slug and its name in the page's language. */
public record Choice(String slug, String name) {
}
