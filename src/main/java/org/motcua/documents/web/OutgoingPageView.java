package org.motcua.documents.web;

import org.motcua.documents.OutgoingView;
import org.motcua.web.SummaryRow;
import org.motcua.web.TagColour;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An outgoing document on its page: metadata, files with their signature checks, history, and which actions the
 * official may take now (the module decides whether they succeed).
 *
 * @param heading    the number and symbol once numbered, else the type's name
 * @param canIssue   a clerk of the unit, and the document is neither issued nor abandoned
 * @param canAttach  the document is neither issued nor abandoned
 */
public record OutgoingPageView(String id, String heading, String statusKey, TagColour statusColour,
                               List<SummaryRow> details, String meetingLink, List<FileRow> files,
                               List<HistoryRow> history, boolean canIssue, boolean canAttach) {

    static OutgoingPageView of(OutgoingView d, DocumentDesk desk, Function<String, String> unitName, ZoneId zone) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(row("documents.field.type", d.typeName()));
        rows.add(row("documents.field.summary", d.summary()));
        rows.add(row("documents.field.draftingUnit", d.draftingUnit()));
        rows.add(row("documents.field.field", d.field()));
        rows.add(row("documents.field.signer", String.join(" ", nonBlank(d.signingAuthority(), d.signerTitle(),
                d.signerName()))));
        rows.add(row("documents.field.recipientUnits", String.join("; ", d.recipientUnits().stream()
                .map(unitName).toList())));
        rows.add(row("documents.field.recipientOutside", String.join("; ", d.recipientOutside())));
        rows.add(row("documents.field.fileCopyHolder", d.fileCopyHolder()));
        rows.add(row("documents.field.copies", d.copies() == null ? "" : d.copies().toString()));
        if (d.confidential()) {
            rows.add(row("documents.field.restrictedTo", String.join("; ", d.restrictedTo())));
        }
        List<HistoryRow> history = new ArrayList<>();
        history.add(new HistoryRow(Dates.when(d.createdAt(), zone), "documents.history.drafted", d.createdBy(), ""));
        if (d.numberedAt() != null) {
            history.add(new HistoryRow(Dates.when(d.numberedAt(), zone), "documents.history.numbered", "",
                    d.symbol()));
        }
        if (d.issuedAt() != null) {
            history.add(new HistoryRow(Dates.when(d.issuedAt(), zone), "documents.history.issued", "", ""));
        }
        if (d.abandonedAt() != null) {
            history.add(new HistoryRow(Dates.when(d.abandonedAt(), zone), "documents.history.abandoned", "",
                    d.abandonReason()));
        }
        boolean open = "DRAFT".equals(d.status()) || "NUMBERED".equals(d.status());
        TagColour colour = switch (d.status()) {
            case "ISSUED" -> TagColour.GREEN;
            case "ABANDONED" -> TagColour.RED;
            case "NUMBERED" -> TagColour.BLUE;
            default -> TagColour.GREY;
        };
        return new OutgoingPageView(d.id(), d.symbol() != null ? d.symbol() : d.typeName(),
                "documents.status." + d.status(), colour, rows, d.meetingLink(),
                FileRow.of(d.files(), "/api/v1/documents/outgoing/" + d.id()), history, open && desk.clerk(), open);
    }

    private static SummaryRow row(String key, String value) {
        return new SummaryRow(key, value == null ? "" : value, null);
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }
}
