package org.motcua.documents.web;

import org.motcua.documents.DraftOutgoing;

import java.util.List;

/** The answers of the new outgoing document form, kept as typed when the page is shown again with errors. */
public record OutgoingForm(String type, String summary, String draftingUnit, String field, String signerName,
                           String signerTitle, String signingAuthority, List<String> recipientUnits,
                           String recipientOutside, String fileCopyHolder, String copies, boolean urgent,
                           boolean confidential, String restrictedTo, boolean meetingRoom) {

    static OutgoingForm empty() {
        return new OutgoingForm("", "", "", "", "", "", "", List.of(), "", "", "", false, false, "", false);
    }

    /** The module's draft; {@code copies} is a whole number already checked by the page. */
    DraftOutgoing draft(String unit) {
        return new DraftOutgoing(unit, type, summary, draftingUnit, field, signerName, signerTitle, signingAuthority,
                recipientUnits, lines(recipientOutside), fileCopyHolder,
                copies.isBlank() ? null : Integer.valueOf(copies.strip()), urgent, confidential, lines(restrictedTo),
                meetingRoom);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
