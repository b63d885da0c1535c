package org.motcua.dossier.web;

import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.PublicDossierStatus;
import org.motcua.web.SummaryRow;
import org.motcua.web.TagColour;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The public status of a dossier as the look-up page shows it: a status tag and a summary list. */
public record StatusLookupView(String code, String statusName, TagColour statusColour, List<SummaryRow> rows) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    static StatusLookupView of(PublicDossierStatus s, ZoneId zone, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("dossier.lookup.procedure",
                english && s.procedure().nameEn() != null ? s.procedure().nameEn() : s.procedure().name(), null));
        rows.add(new SummaryRow("dossier.lookup.receiving-unit", s.receivingUnitName(), null));
        if (!s.competentUnitName().equals(s.receivingUnitName())) {
            rows.add(new SummaryRow("dossier.lookup.competent-unit", s.competentUnitName(), null));
        }
        add(rows, "dossier.lookup.submitted-at", s.submittedAt(), zone);
        add(rows, "dossier.lookup.received-at", s.receivedAt(), zone);
        add(rows, "dossier.lookup.appointment-at", s.appointmentAt(), zone);
        rows.add(new SummaryRow("dossier.lookup.steps", s.completedSteps() + " / " + s.totalSteps(), null));
        if (s.currentStepName() != null) {
            rows.add(new SummaryRow("dossier.lookup.current-step", s.currentStepName(), null));
        }
        add(rows, "dossier.lookup.ended-at", s.endedAt(), zone);
        return new StatusLookupView(s.code(), english ? s.status().nameEn() : s.status().name(),
                StatusColours.of(s.status().state()), rows);
    }

    private static void add(List<SummaryRow> rows, String key, Instant at, ZoneId zone) {
        if (at != null) {
            rows.add(new SummaryRow(key, WHEN.format(at.atZone(zone)), null));
        }
    }

}
