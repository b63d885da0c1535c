package org.motcua.dossier.forms;

/** Horizontal placement of a line inside its box. */
enum Align {
    LEFT, CENTER, RIGHT
}
