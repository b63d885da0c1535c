package org.motcua.dossier.web;

import java.time.OffsetDateTime;
import java.util.List;

/** The JSON of {@code POST /api/v1/dossiers/{code}/actions}. */
record ActionBody(String action, String reason, String note, List<String> missing, String toUnit,
                  List<String> attachments, OffsetDateTime newAppointmentAt) {
}
