package org.motcua.dossier.web;

import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierFee;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.HistoryEntry;
import org.motcua.organization.Role;
import org.motcua.web.SummaryRow;
import org.motcua.web.TagColour;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dossier as its staff see it: summary, applicant, form and registry data, files, fees, the process-control slip,
 * the forms to print and the actions the caller's roles allow now. Which actions are offered mirrors the rules of
 * {@code Dossier}; the dossier module still checks each one when it is performed.
 */
public record StaffDossierView(String code, String statusName, TagColour statusColour, List<SummaryRow> summary,
                               List<SummaryRow> applicant, List<DataRow> form, String registryKey,
                               List<DataRow> registry, List<FileRow> files, List<FeeRow> fees, String feesDue,
                               List<HistoryRow> history, List<FormLink> printForms, List<ActionChoice> actions) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A label (data, not a message key: form field ids, registry field names) and its value. */
    public record DataRow(String label, String value) {
    }

    public record FileRow(String name, String kindKey, String href) {
    }

    public record FeeRow(String label, String amount, String exemption) {
    }

    public record HistoryRow(String at, String actionKey, String actor, String roleKey, String unit, String fromStatus,
                             String toStatus, String note) {
    }

    public record FormLink(String number, String nameKey, String href) {
    }

    static StaffDossierView of(DossierView d, Actor me, Instant now, ZoneId zone, boolean english) {
        return of(d, me, now, zone, english, row -> row);
    }

    /**
     * As {@link #of(DossierView, Actor, Instant, ZoneId, boolean)}, each row of the form data passed through
     * {@code formRow} (its label the field's path, {@code parties[1].fullName}, items from 1) to show the form's titles.
     */
    static StaffDossierView of(DossierView d, Actor me, Instant now, ZoneId zone, boolean english,
                               java.util.function.UnaryOperator<DataRow> formRow) {
        List<SummaryRow> summary = new ArrayList<>();
        summary.add(new SummaryRow("dossier.staff.procedure", (english && d.procedure().nameEn() != null
                ? d.procedure().nameEn() : d.procedure().name()) + " (" + d.procedure().code() + ")", null));
        summary.add(new SummaryRow("dossier.staff.channel", d.channel().name(), null));
        summary.add(new SummaryRow("dossier.staff.receiving-unit", d.receivingUnit(), null));
        summary.add(new SummaryRow("dossier.staff.competent-unit", d.competentUnit(), null));
        if (d.currentStep() != null) {
            DossierView.StepView step = d.currentStep();
            summary.add(new SummaryRow("dossier.staff.current-step", (english && step.nameEn() != null
                    ? step.nameEn() : step.name()) + " – " + step.role() + " – " + step.unit(), null));
            add(summary, "dossier.staff.step-due", step.dueAt(), zone);
        }
        add(summary, "dossier.staff.submitted-at", d.submittedAt(), zone);
        add(summary, "dossier.staff.received-at", d.receivedAt(), zone);
        add(summary, "dossier.staff.appointment-at", d.appointmentAt(), zone);
        add(summary, "dossier.staff.ended-at", d.endedAt(), zone);

        List<SummaryRow> applicant = new ArrayList<>();
        var a = d.applicant();
        applicant.add(new SummaryRow("dossier.staff.applicant.name", a.fullName(), null));
        if (a.personalId() != null) {
            applicant.add(new SummaryRow("dossier.staff.applicant.personal-id", a.personalId(), null));
        }
        if (a.taxCode() != null) {
            applicant.add(new SummaryRow("dossier.staff.applicant.tax-code", a.taxCode(), null));
        }
        if (a.dateOfBirth() != null) {
            applicant.add(new SummaryRow("dossier.staff.applicant.birth-date", DAY.format(a.dateOfBirth()), null));
        }
        if (a.phone() != null) {
            applicant.add(new SummaryRow("dossier.staff.applicant.phone", a.phone(), null));
        }
        if (a.email() != null) {
            applicant.add(new SummaryRow("dossier.staff.applicant.email", a.email(), null));
        }
        if (a.address() != null) {
            applicant.add(new SummaryRow("dossier.staff.applicant.address", a.address(), null));
        }

        List<FileRow> files = new ArrayList<>();
        String base = "/api/v1/dossiers/" + d.code() + "/files/";
        d.components().forEach(c -> files.add(new FileRow(c.originalName() + " (" + c.componentId() + ")",
                "dossier.staff.file.component", base + c.file().id())));
        d.resultFiles().forEach(id -> files.add(new FileRow(id, "dossier.staff.file.result", base + id)));
        d.history().stream().filter(h -> h.attachments() != null).flatMap(h -> h.attachments().stream())
                .distinct().filter(id -> !d.resultFiles().contains(id))
                .forEach(id -> files.add(new FileRow(id, "dossier.staff.file.attachment", base + id)));

        List<FeeRow> fees = d.fees().stream().map(f -> new FeeRow(english && f.labelEn() != null ? f.labelEn()
                : f.label(), vnd(f.amountVnd()), f.exemption() == null ? null : f.exemption().reason())).toList();

        List<HistoryRow> history = d.history().stream().map(h -> history(h, zone, english)).toList();

        List<FormLink> forms = new ArrayList<>();
        String print = "/api/v1/dossiers/" + d.code() + "/forms/";
        DossierStatus s = d.status().state();
        if (d.receivedAt() != null) {
            forms.add(new FormLink("01", "dossier.staff.form.01", print + "01"));
        }
        if (d.supplementRequests() > 0 || s == DossierStatus.SUPPLEMENT_REQUESTED) {
            forms.add(new FormLink("02", "dossier.staff.form.02", print + "02"));
        }
        if (s == DossierStatus.REFUSED) {
            forms.add(new FormLink("03", "dossier.staff.form.03", print + "03"));
        }
        if (d.apologized()) {
            forms.add(new FormLink("04", "dossier.staff.form.04", print + "04"));
        }
        if (s == DossierStatus.STOPPED) {
            forms.add(new FormLink("05", "dossier.staff.form.05", print + "05"));
        }
        forms.add(new FormLink("06", "dossier.staff.form.06", print + "06"));

        List<DataRow> form = new ArrayList<>();
        flatten("", d.form(), form);
        form.replaceAll(formRow);
        List<DataRow> registry = new ArrayList<>();
        if (d.registry() != null) {
            flatten("", d.registry().data(), registry);
        }
        return new StaffDossierView(d.code(), english ? d.status().nameEn() : d.status().name(),
                StatusColours.of(s), summary, applicant, form,
                "dossier.staff.registry." + (d.registry() == null || d.registry().status() == null ? "NONE"
                        : d.registry().status()), registry,
                files, fees, vnd(d.feesDueVnd()), history, forms,
                allowed(d, me, now).stream().map(ActionChoice::of).toList());
    }

    /** The actions the caller's grants allow in the dossier's status, in the order the page offers them. */
    static Set<DossierAction> allowed(DossierView d, Actor me, Instant now) {
        Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
        if (me.kind() != Actor.Kind.STAFF) {
            return allowed;
        }
        DossierStatus s = d.status().state();
        DossierView.StepView step = d.currentStep();
        boolean desk = me.holds(d.receivingUnit(), Role.RECEPTION);
        boolean holder = step != null && Role.fromCode(step.role()).map(r -> me.holds(step.unit(), r)).orElse(false);
        boolean processingLeader = me.holds(d.processingUnit(), Role.LEADER);
        boolean running = s == DossierStatus.RECEIVED || s == DossierStatus.PROCESSING;
        if (s == DossierStatus.SUBMITTED && desk) {
            allowed.add(DossierAction.RECEIVE);
        }
        if (running && holder) {
            allowed.add(DossierAction.FORWARD);
        }
        if ((s == DossierStatus.SUBMITTED && desk) || (running && holder)) {
            allowed.add(DossierAction.REQUEST_SUPPLEMENT);
        }
        if (s == DossierStatus.SUPPLEMENT_REQUESTED && desk) {
            allowed.add(DossierAction.SUPPLEMENT);
        }
        if (desk && (s == DossierStatus.SUBMITTED || s == DossierStatus.RECEIVED && step != null && step.index() == 0)) {
            allowed.add(DossierAction.REFUSE);
        }
        if (running && (holder || processingLeader)) {
            allowed.add(DossierAction.TRANSFER);
        }
        if (processingLeader && (running || s == DossierStatus.SUPPLEMENT_REQUESTED
                || s == DossierStatus.AWAITING_PAYMENT)) {
            allowed.add(DossierAction.STOP);
        }
        if (s == DossierStatus.FINISHED
                && (me.holds(d.receivingUnit(), Role.CLERK) || me.holds(d.receivingUnit(), Role.RECEPTION))) {
            allowed.add(DossierAction.RETURN_RESULT);
        }
        boolean late = d.appointmentAt() != null && now.isAfter(d.appointmentAt());
        if (late && (running || s == DossierStatus.SUPPLEMENT_REQUESTED)
                && (processingLeader || me.holds(d.processingUnit(), Role.PROCESSOR))) {
            allowed.add(DossierAction.APOLOGIZE);
        }
        return allowed;
    }

    private static HistoryRow history(HistoryEntry h, ZoneId zone, boolean english) {
        return new HistoryRow(WHEN.format(h.at().atZone(zone)), "dossier.staff.history." + h.action().name(),
                h.actorName() == null ? h.actorId() : h.actorName(),
                org.motcua.organization.Role.fromCode(String.valueOf(h.actorRole())).map(r -> "identity.staff.role." + r.code()).orElse(null), h.actorUnit(),
                h.fromStatus() == null ? "" : english ? h.fromStatus().nameEn() : h.fromStatus().nameVi(),
                h.toStatus() == null ? "" : english ? h.toStatus().nameEn() : h.toStatus().nameVi(),
                note(h));
    }

    private static String note(HistoryEntry h) {
        String note = h.note() == null ? "" : h.note();
        Map<String, Object> details = h.details();
        if (details != null && details.get("missing") instanceof List<?> missing) {
            note = (note.isEmpty() ? "" : note + " – ") + String.join("; ", missing.stream().map(String::valueOf)
                    .toList());
        }
        return note;
    }

    private static void flatten(String prefix, JsonNode node, List<DataRow> rows) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), rows);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + (i + 1) + "]", node.get(i), rows);
            }
        } else {
            rows.add(new DataRow(prefix, node.asString()));
        }
    }

    private static void add(List<SummaryRow> rows, String key, Instant at, ZoneId zone) {
        if (at != null) {
            rows.add(new SummaryRow(key, WHEN.format(at.atZone(zone)), null));
        }
    }

    static String vnd(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.') + " VND";
    }

}
