package org.motcua.dossier.forms;

/** A piece of text in one style; a paragraph is a sequence of runs. */
record Run(String text, Style style) {

    Run {
        text = text == null ? "" : text;
    }

    static Run of(String text, Style style) {
        return new Run(text, style);
    }
}
