package org.motcua.dossier.forms;

/**
 * A column of a {@link Table}.
 *
 * @param weight share of the table's width, relative to the other columns
 */
record TableColumn(String header, float weight, Align align) {
}
