package org.motcua.dossier.web;

import org.motcua.web.TagColour;

import java.util.List;

/** What the "my dossiers" pages pass to their templates. */
public final class MyDossierViews {

    private MyDossierViews() {
    }

    /** A dossier in the list. */
    public record Line(String code, String procedure, String status, TagColour colour, String submitted) {
    }

    /**
     * An application started online and not sent yet: where to go on with it (or, when its procedure is no longer
     * offered online, where to delete it), and until when it is kept.
     */
    public record DraftLine(String href, String procedure, String changed, String keptUntil) {
    }

    /** One entry of the timeline in plain language. */
    public record Event(String date, String text, String note) {
    }

    /** A file to download. */
    public record Download(String name, String href) {
    }

    /** The supplement asked for: why and what is missing. */
    public record SupplementRequest(String reason, List<String> missing) {
    }

    /** The page of one dossier. */
    public record Details(String code, String procedure, String status, TagColour colour, String submitted,
                          String appointment, SupplementRequest supplement, String feesDue, boolean canPay,
                          List<Download> results, boolean canRate, Integer rating, String ratingComment,
                          List<Event> timeline, String receiptHref) {
    }
}
