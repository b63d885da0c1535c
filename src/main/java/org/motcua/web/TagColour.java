package org.motcua.web;

/** Colours of a status tag; the tag always carries its text too, colour is never the only signal. */
public enum TagColour {
    GREY, BLUE, GREEN, YELLOW, RED;

    /** The CSS class, e.g. {@code tag--green}. */
    public String cssClass() {
        return "tag--" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
