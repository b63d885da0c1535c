package org.motcua.dossier.forms;

/**
 * Who signs a form (người ký), as Decree 30/2020/NĐ-CP prints it under the text: the position in capitals (several lines with
 * {@code \n}, e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH") and the full name. Either part may be {@code null}.
 * Printing a name is not a signature: no form claims to be signed unless the caller says so.
 */
public record Signatory(String title, String name) {
}
