package org.motcua.dossier.web;

import java.util.List;

/** What the application pages pass to their templates (public: the generated templates live in another package). */
public final class ApplyViews {

    private ApplyViews() {
    }

    /** What every application page shows of the procedure. */
    public record ApplyContext(String code, String name, String base) {
    }

    /** One registry the procedure would read, and what for. */
    public record RegistryItem(String name, List<String> fields, List<String> components) {
    }

    /** What the registries gave, with the source of each value. */
    public record PrefilledValue(String label, String value, String source) {
    }

    /** A unit the dossier can be sent to. */
    public record UnitOption(String slug, String name, boolean selected) {
    }

    /** A document to upload, and the file given so far. */
    public record UploadItem(String id, String name, boolean required, String fileName, String error) {
    }

    /** One row of "check your answers"; {@code changeHref} null for values from a registry. */
    public record AnswerRow(String label, String value, String note, String changeHref) {
    }

    /** What the confirmation shows. */
    public record Confirmation(String code, String procedure, String appointment, String feesDue, boolean payNow,
                               String receiptHref) {
    }
}
