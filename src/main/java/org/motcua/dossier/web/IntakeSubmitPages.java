package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.motcua.catalog.ComponentSource;
import org.motcua.catalog.DossierComponent;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierIntake;
import org.motcua.dossier.DossierNotFound;
import org.motcua.dossier.DossierQueries;
import org.motcua.dossier.DossierUploads;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.SubmitDossier;
import org.motcua.dossier.web.ApplyViews.AnswerRow;
import org.motcua.dossier.web.IntakeViews.Done;
import org.motcua.dossier.web.IntakeViews.LinkedError;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.motcua.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Check your answers, submit — with the draft's idempotency key in the form, so that a double click or a browser
 * resubmit makes one dossier — and the confirmation: the code, the appointment date, the receipt (form 01) to print,
 * and what waits (a fee to pay at the counter).
 */
@PageController
class IntakeSubmitPages {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final IntakeDesk desk;
    private final DossierIntake intake;
    private final DossierUploads uploads;
    private final DossierQueries queries;
    private final MessageSource messages;
    private final JsonMapper json;

    IntakeSubmitPages(IntakeDesk desk, DossierIntake intake, DossierUploads uploads, DossierQueries queries,
                      MessageSource messages, JsonMapper json) {
        this.desk = desk;
        this.intake = intake;
        this.uploads = uploads;
        this.queries = queries;
        this.messages = messages;
        this.json = json;
    }

    private static boolean ready(IntakeDraft draft) {
        return draft != null && draft.procedureDone && draft.applicantDone && draft.formDone && draft.uploadsDone;
    }

    @GetMapping("/staff/intake/{code}/check")
    String check(@PathVariable String code, Authentication who, HttpSession session, Locale locale, Model model,
                 HttpServletResponse response) {
        if (desk.official(who) == null) {
            return IntakeDesk.forbidden(response);
        }
        ProcedureDefinition d = desk.procedure(code);
        IntakeDraft draft = IntakeDesk.draft(session, d.code());
        if (!ready(draft)) {
            return "redirect:" + (draft == null ? "/staff/intake/" + d.code() : IntakeDesk.nextStep(draft));
        }
        return checkPage(d, draft, List.of(), locale, model);
    }

    private String checkPage(ProcedureDefinition d, IntakeDraft draft, List<LinkedError> errors, Locale locale,
                             Model model) {
        String base = "/staff/intake/" + d.code();
        List<AnswerRow> where = List.of(
                row("dossier.intake.procedure.channel", t("dossier.intake.channel." + draft.channel, locale), null,
                        base + "?return=check", locale),
                row("dossier.intake.procedure.desk", desk.unitName(draft.receivingUnit, locale), null,
                        base + "?return=check", locale),
                row("dossier.intake.procedure.competent", desk.unitName(draft.competentUnit, locale), null,
                        d.competentUnit().isWardLevel() ? base + "?return=check" : null, locale));
        String change = base + "/applicant?return=check";
        List<AnswerRow> applicant = new ArrayList<>();
        applicant.add(row("dossier.intake.applicant.id", draft.personalId, sourceNote(draft, "personalId", locale),
                change, locale));
        if (!draft.taxCode.isEmpty()) {
            applicant.add(row("dossier.intake.applicant.tax", draft.taxCode + (draft.businessName == null ? ""
                    : " – " + draft.businessName), draft.businessSource == null
                    ? t("dossier.intake.source.by-hand", locale)
                    : t("dossier.intake.source.registry", locale, draft.businessSource), change, locale));
        }
        applicant.add(row("dossier.intake.applicant.name", draft.fullName, sourceNote(draft, "fullName", locale),
                change, locale));
        applicant.add(row("dossier.intake.applicant.dob", display(draft.dateOfBirth),
                sourceNote(draft, "dateOfBirth", locale), change, locale));
        applicant.add(row("dossier.intake.applicant.phone", draft.phone, null, change, locale));
        applicant.add(row("dossier.intake.applicant.email", draft.email, null, change, locale));
        applicant.add(row("dossier.intake.applicant.address", draft.address, sourceNote(draft, "address", locale),
                change, locale));
        FormQuestions form = new FormQuestions(d.form());
        List<AnswerRow> answers = new ArrayList<>();
        for (QuestionPage page : form.pages()) {
            for (String path : form.answerPaths(page, draft.form)) {
                String value = draft.form.answers.getOrDefault(path, "");
                answers.add(new AnswerRow(form.fullLabel(path, locale, messages), value.isEmpty() ? ""
                        : form.optionLabel(path, value, messages, locale), null,
                        base + "/form?return=check#" + FormQuestions.id(path)));
            }
        }
        List<AnswerRow> documents = new ArrayList<>();
        for (DossierComponent c : d.components()) {
            ApplicationDraft.Upload file = draft.form.uploads.get(c.id());
            String name = IntakeDesk.english(locale) ? c.name().en() : c.name().vi();
            documents.add(new AnswerRow(name, file != null ? file.name()
                    : c.source() == ComponentSource.REGISTRY && draft.personSource != null
                    ? t("dossier.intake.check.registry-component", locale)
                    : t("dossier.intake.check.no-scan", locale), null, base + "/uploads"));
        }
        model.addAttribute("intake", IntakeDesk.context(d, locale));
        model.addAttribute("where", where);
        model.addAttribute("applicant", applicant);
        model.addAttribute("answers", answers);
        model.addAttribute("documents", documents);
        model.addAttribute("fees", FeeRows.of(d, locale));
        model.addAttribute("key", draft.key);
        model.addAttribute("errors", errors);
        return "dossier/intakeCheck";
    }

    private AnswerRow row(String labelKey, String value, String note, String change, Locale locale) {
        return new AnswerRow(t(labelKey, locale), value, note, change);
    }

    /** Where an applicant detail came from: the registry (confirmed), corrected at the desk, or typed by hand. */
    private String sourceNote(IntakeDraft draft, String field, Locale locale) {
        if (draft.personSource == null && !draft.fromRegistry.containsKey(field)) {
            return t("personalId".equals(field) || draft.lookupOutcome == null ? "dossier.intake.source.by-hand"
                    : "dossier.intake.source.not-in-registry", locale);
        }
        if ("personalId".equals(field)) {
            return t("dossier.intake.source.registry", locale, draft.personSource);
        }
        String given = draft.fromRegistry.get(field);
        if (given == null) {
            return t("dossier.intake.source.by-hand", locale);
        }
        String current = "dateOfBirth".equals(field) ? draft.dateOfBirth : "fullName".equals(field) ? draft.fullName
                : draft.address;
        String source = draft.personSource != null ? draft.personSource : draft.businessSource;
        return given.equals(current) ? t("dossier.intake.source.registry", locale, source)
                : t("dossier.intake.source.corrected", locale, source);
    }

    private static String display(String date) {
        var parsed = date.isEmpty() ? null : FormQuestions.date(date);
        return parsed == null ? date : DATE.format(parsed);
    }

    private static String label(ProcedureDefinition d, FormQuestions form, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            var field = d.form().root().properties().get(path);
            // a list the pages do not ask yet still has its title in the schema
            return field != null && field.title() != null ? field.title() : form.label(path);
        }
        var group = d.form().root().properties().get(path.substring(0, dot));
        return (group == null || group.title() == null ? path.substring(0, dot) : group.title()) + ": "
                + form.label(path);
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    @PostMapping("/staff/intake/{code}/check")
    String submit(@PathVariable String code, @RequestParam(required = false) String key, Authentication who,
                  HttpSession session, Locale locale, Model model, HttpServletResponse response) {
        Actor me = desk.official(who);
        if (me == null) {
            return IntakeDesk.forbidden(response);
        }
        ProcedureDefinition d = desk.procedure(code);
        String earlier = IntakeDesk.submitted(session, key);
        if (earlier != null) {
            return "redirect:/staff/intake/done/" + earlier; // a resubmit of a dossier made already
        }
        IntakeDraft draft = IntakeDesk.draft(session, d.code());
        if (!ready(draft) || !draft.key.equals(key)) {
            return "redirect:" + (draft == null ? "/staff/intake/" + d.code() : IntakeDesk.nextStep(draft));
        }
        // a double click: the second request waits for the first, then finds the dossier it made
        synchronized (draft) {
            if (draft.submittedCode != null) {
                return "redirect:/staff/intake/done/" + draft.submittedCode;
            }
            String dossierCode;
            try {
                dossierCode = intake.submit(request(d, draft), me, draft.key);
            } catch (ProblemException problem) {
                response.setStatus(problem.code().status().is4xxClientError() ? problem.code().status().value()
                        : 400);
                return checkPage(d, draft, explain(d, problem, locale), locale, model);
            }
            for (Map.Entry<String, ApplicationDraft.Upload> e : draft.form.uploads.entrySet()) {
                uploads.addComponent(dossierCode, me, e.getKey(), e.getValue().name(),
                        new ByteArrayInputStream(e.getValue().content()));
            }
            draft.submittedCode = dossierCode;
            IntakeDesk.submitted(session, draft, dossierCode);
            return "redirect:/staff/intake/done/" + dossierCode;
        }
    }

    private SubmitDossier request(ProcedureDefinition d, IntakeDraft draft) {
        var born = draft.dateOfBirth.isEmpty() ? null : FormQuestions.date(draft.dateOfBirth);
        Applicant applicant = new Applicant(blankToNull(draft.personalId), blankToNull(draft.taxCode),
                draft.fullName, born, blankToNull(draft.phone), blankToNull(draft.email), blankToNull(draft.address));
        return new SubmitDossier(d.code(), Channel.valueOf(draft.channel), draft.receivingUnit,
                d.competentUnit().isWardLevel() ? draft.competentUnit : null, applicant,
                new FormQuestions(d.form()).form(draft.form, json), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Each refused field as a link to where it is answered. */
    private List<LinkedError> explain(ProcedureDefinition d, ProblemException problem, Locale locale) {
        String base = "/staff/intake/" + d.code();
        FormQuestions form = new FormQuestions(d.form());
        Set<LinkedError> errors = new LinkedHashSet<>();
        for (FieldProblem p : problem.errors()) {
            String field = p.field() == null ? "" : p.field();
            if (field.startsWith("form.")) {
                String path = field.substring("form.".length());
                errors.add(new LinkedError(base + "/form?return=check#" + FormQuestions.id(path),
                        t("dossier.intake.check.form-field", locale, label(d, form, path))));
            } else if (field.startsWith("applicant.")) {
                String name = field.substring("applicant.".length());
                errors.add(new LinkedError(base + "/applicant?return=check#" + name,
                        t("dossier.intake.check.applicant-field", locale)));
            } else if (field.equals("competentUnit") || field.equals("receivingUnit") || field.equals("channel")) {
                errors.add(new LinkedError(base + "?return=check#" + field,
                        t("dossier.intake.check.unit-field", locale)));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new LinkedError("#submit", t("dossier.intake.check.refused", locale)));
        }
        return List.copyOf(errors);
    }

    // ---- confirmation

    @GetMapping("/staff/intake/done/{code}")
    String done(@PathVariable String code, Authentication who, Locale locale, Model model,
                HttpServletResponse response) {
        Actor me = desk.official(who);
        if (me == null) {
            return IntakeDesk.forbidden(response);
        }
        DossierView d;
        try {
            d = queries.view(code, me);
        } catch (DossierNotFound notFound) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean en = IntakeDesk.english(locale);
        boolean owes = d.feesDueVnd() > 0 && d.feePaidAt() == null;
        model.addAttribute("done", new Done(d.code(), en ? d.procedure().nameEn() : d.procedure().name(),
                en ? d.status().nameEn() : d.status().name(),
                d.appointmentAt() == null ? null : DATE.format(d.appointmentAt().atZone(ZONE)),
                desk.unitName(d.competentUnit(), locale),
                d.receivedAt() == null ? null : "/api/v1/dossiers/" + d.code() + "/forms/01",
                "/staff/dossiers/" + d.code(), owes ? FeeRows.vnd(d.feesDueVnd()) : null, d.receivedAt() != null));
        return "dossier/intakeDone";
    }
}
