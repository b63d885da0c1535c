package org.motcua.monitoring.web;

import java.util.List;

/** A dossier behind a number, linking to the staff dossier page; {@code countedAs} holds measure label keys. */
public record DossierLine(String code, String href, String unit, String procedureName, String month,
                          List<String> countedAs) {
}
