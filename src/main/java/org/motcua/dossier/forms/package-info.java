/**
 * Printed forms of the one-stop shop (Circular 03/2025/TT-VPCP, Appendix I, forms 01–06) and the electronic result
 * document, rendered to PDF from plain records: A4, an embedded serif font with Vietnamese coverage, the Decree
 * 30/2020/NĐ-CP heading. {@link org.motcua.dossier.forms.DossierForms} is the entry point.
 */
package org.motcua.dossier.forms;
