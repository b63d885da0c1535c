package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.catalog.ComponentSource;
import org.motcua.catalog.DossierComponent;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierIntake;
import org.motcua.dossier.DossierUploads;
import org.motcua.dossier.SubmitDossier;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.motcua.dossier.web.ApplyViews.*;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.motcua.dossier.web.ApplicationContexts.english;
import static org.motcua.dossier.web.ApplicationContexts.uploadComponents;

/**
 * The end of an online application: the documents to upload (checked by their content), check your answers, submit
 * (the draft becomes a dossier, its files its components), or delete the draft to start again.
 */
@PageController
class ApplicationSubmitPages {

    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    private final ApplicationContexts contexts;
    private final DossierIntake intake;
    private final DossierUploads uploads;
    private final ApplicationDrafts drafts;
    private final Actors actors;
    private final MessageSource messages;
    private final JsonMapper json;

    ApplicationSubmitPages(ApplicationContexts contexts, DossierIntake intake, DossierUploads uploads,
                           ApplicationDrafts drafts, Actors actors, MessageSource messages, JsonMapper json) {
        this.contexts = contexts;
        this.intake = intake;
        this.uploads = uploads;
        this.drafts = drafts;
        this.actors = actors;
        this.messages = messages;
        this.json = json;
    }

    // ---- uploads

    @GetMapping("/apply/{code}/uploads")
    String uploads(@PathVariable String code, @RequestParam(name = "return", required = false) String returnTo,
                   Authentication who, Locale locale, Model model) {
        ProcedureDefinition d = contexts.procedure(code);
        model.addAttribute("returnTo", "check".equals(returnTo) ? "check" : "");
        return uploadPage(d, drafts.find(actors.of(who), code), FormErrors.none(), locale, model);
    }

    private String uploadPage(ProcedureDefinition d, ApplicationDraft draft, FormErrors errors, Locale locale,
                              Model model) {
        List<UploadItem> items = new ArrayList<>();
        for (DossierComponent c : uploadComponents(d)) {
            ApplicationDraft.Upload file = draft.uploads.get(c.id());
            String error = errors.of(c.id());
            items.add(new UploadItem(c.id(), english(locale) ? c.name().en() : c.name().vi(), c.required(),
                    file == null ? null : file.name(), error == null ? null : messages.getMessage(error, null, locale)));
        }
        model.addAttribute("apply", contexts.context(d, locale));
        model.addAttribute("items", items);
        model.addAttribute("errors", errors);
        return "dossier/applyUploads";
    }

    @PostMapping("/apply/{code}/uploads")
    String uploaded(@PathVariable String code, MultipartHttpServletRequest request, Authentication who,
                    Locale locale, Model model, HttpServletResponse response) throws IOException {
        ProcedureDefinition d = contexts.procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        FormErrors errors = FormErrors.none();
        Map<String, ApplicationDraft.Upload> accepted = new LinkedHashMap<>();
        for (DossierComponent c : uploadComponents(d)) {
            MultipartFile file = request.getFile(c.id());
            if (file == null || file.isEmpty()) {
                if (c.required() && !draft.uploads.containsKey(c.id())) {
                    errors.add(c.id(), "dossier.apply.upload.missing");
                }
                continue;
            }
            if (file.getSize() > MAX_UPLOAD_BYTES) {
                errors.add(c.id(), "dossier.apply.upload.too-big");
                continue;
            }
            byte[] bytes = file.getBytes();
            String type = contentType(bytes);
            if (type == null) {
                errors.add(c.id(), "dossier.apply.upload.type");
                continue;
            }
            accepted.put(c.id(), new ApplicationDraft.Upload(file.getOriginalFilename(), type, bytes));
        }
        if (errors.any()) {
            response.setStatus(400);
            model.addAttribute("returnTo", "check".equals(request.getParameter("return")) ? "check" : "");
            return uploadPage(d, draft, errors, locale, model);
        }
        draft.uploadsDone = true;
        drafts.saveWithUploads(actors.of(who), code, draft, accepted);
        return "check".equals(request.getParameter("return")) ? "redirect:/apply/" + d.code() + "/check"
                : "redirect:/apply/" + d.code();
    }

    /** PDF, PNG or JPEG by their first bytes; anything else is refused. */
    static String contentType(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return "application/pdf";
        }
        if (bytes.length >= 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    // ---- check your answers and submit

    @GetMapping("/apply/{code}/check")
    String check(@PathVariable String code, Authentication who, Locale locale, Model model) {
        ProcedureDefinition d = contexts.procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        if (draft.consented == null || draft.unit == null) {
            return "redirect:/apply/" + d.code();
        }
        return checkPage(d, draft, actors.of(who), FormErrors.none(), locale, model);
    }

    private String checkPage(ProcedureDefinition d, ApplicationDraft draft, Actor actor, FormErrors errors,
                             Locale locale, Model model) {
        FormQuestions form = new FormQuestions(d.form());
        String base = "/apply/" + d.code();
        List<AnswerRow> applicant = new ArrayList<>();
        applicant.add(new AnswerRow(messages.getMessage("dossier.apply.check.name", null, locale),
                actor.displayName(), messages.getMessage("dossier.apply.check.from-eid", null, locale), null));
        applicant.add(new AnswerRow(messages.getMessage("dossier.apply.check.personal-id", null, locale), actor.id(),
                messages.getMessage("dossier.apply.check.from-eid", null, locale), null));
        contexts.unitOptions(d, draft.unit, locale).stream().filter(UnitOption::selected).findFirst().ifPresent(u ->
                applicant.add(new AnswerRow(messages.getMessage("dossier.apply.unit.label", null, locale), u.name(),
                        null, base + "/contact")));
        applicant.add(new AnswerRow(messages.getMessage("dossier.apply.phone.label", null, locale), draft.phone, null,
                base + "/contact"));
        List<AnswerRow> answers = new ArrayList<>();
        for (QuestionPage page : form.pages()) {
            if (page.list() != null && form.answerPaths(page, draft).isEmpty()) {
                answers.add(new AnswerRow(page.title(locale), messages.getMessage("dossier.apply.list.none", null,
                        locale), null, base + "/questions/" + (form.pages().indexOf(page) + 1) + "?return=check"));
            }
            for (String path : form.answerPaths(page, draft)) {
                if (draft.prefilled.containsKey(path)) {
                    answers.add(new AnswerRow(form.fullLabel(path, locale, messages), form.display(path,
                            draft.prefilled.get(path)), FormQuestions.sourceName(draft.sources.get(path), messages,
                            locale), null));
                } else {
                    String value = draft.answers.getOrDefault(path, "");
                    answers.add(new AnswerRow(form.fullLabel(path, locale, messages), value.isEmpty() ? ""
                            : form.optionLabel(path, value, messages, locale), null,
                            base + "/questions/" + form.pageOf(path) + "?return=check#" + FormQuestions.id(path)));
                }
            }
        }
        List<AnswerRow> documents = new ArrayList<>();
        for (DossierComponent c : d.components()) {
            String name = english(locale) ? c.name().en() : c.name().vi();
            if (draft.componentsFromRegistry.contains(c.id())) {
                documents.add(new AnswerRow(name, messages.getMessage("dossier.apply.check.instead-of-paper", null,
                        locale), null, null));
            } else if (draft.uploads.containsKey(c.id())) {
                documents.add(new AnswerRow(name, draft.uploads.get(c.id()).name(), null, base + "/uploads?return=check"));
            } else if (c.source() == ComponentSource.UPLOAD) {
                documents.add(new AnswerRow(name, messages.getMessage("dossier.apply.check.not-given", null, locale),
                        null, base + "/uploads?return=check"));
            }
        }
        model.addAttribute("apply", contexts.context(d, locale));
        model.addAttribute("applicant", applicant);
        model.addAttribute("answers", answers);
        model.addAttribute("documents", documents);
        model.addAttribute("fees", FeeRows.of(d, locale));
        model.addAttribute("errors", errors);
        return "dossier/applyCheck";
    }

    @PostMapping("/apply/{code}/check")
    String submit(@PathVariable String code, Authentication who, Locale locale, Model model,
                  HttpServletResponse response) {
        ProcedureDefinition d = contexts.procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        if (draft.consented == null || draft.unit == null) {
            return "redirect:/apply/" + d.code();
        }
        Actor actor = actors.of(who);
        String dossierCode;
        try {
            boolean ward = d.competentUnit().isWardLevel();
            dossierCode = intake.submit(new SubmitDossier(d.code(), Channel.ONLINE, draft.unit,
                    ward ? draft.unit : null,
                    new Applicant(actor.id(), null, actor.displayName(), null, draft.phone, null, null),
                    new FormQuestions(d.form()).form(draft, json), draft.consentId), actor, draft.key);
        } catch (ProblemException problem) {
            FormErrors errors = FormErrors.none();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (FieldProblem p : problem.errors()) {
                String field = p.field().startsWith("form.") ? "answers" : p.field().equals("consentId") ? "consent"
                        : "applicant";
                if (seen.add(field)) {
                    errors.add(field, field.equals("consent") ? "dossier.apply.submit.consent"
                            : "dossier.apply.submit.invalid");
                }
            }
            if (!errors.any()) {
                errors.add("submit", "dossier.apply.submit.refused");
            }
            if (problem.errors().stream().anyMatch(p -> p.field().equals("consentId"))) {
                draft.consented = null;
                drafts.save(actors.of(who), code, draft);
            }
            response.setStatus(400);
            return checkPage(d, draft, actor, errors, locale, model);
        }
        for (Map.Entry<String, ApplicationDraft.Upload> e : draft.uploads.entrySet()) {
            // absent only when a second press of "submit" raced this one, which has added the file
            Optional<byte[]> content = drafts.upload(actor, code, e.getKey());
            if (content.isPresent()) {
                uploads.addComponent(dossierCode, actor, e.getKey(), e.getValue().name(),
                        new ByteArrayInputStream(content.get()));
            }
        }
        drafts.delete(actor, code);
        return "redirect:/my/dossiers/" + dossierCode + "/submitted";
    }

    // ---- discarding a draft: a confirmation page, then the deletion (also for a procedure no longer offered)

    @GetMapping("/apply/{code}/discard")
    String discardPage(@PathVariable String code, Locale locale, Model model) {
        model.addAttribute("apply", discardContext(code, locale));
        return "dossier/applyDiscard";
    }

    @PostMapping("/apply/{code}/discard")
    String discard(@PathVariable String code, Authentication who) {
        drafts.delete(actors.of(who), code);
        return contexts.offered(code).isPresent() ? "redirect:/apply/" + code : "redirect:/my/dossiers";
    }

    private ApplyContext discardContext(String code, Locale locale) {
        return contexts.offered(code).map(v -> contexts.context(v.definition(), locale))
                .orElse(new ApplyContext(code, code, "/apply/" + code));
    }
}
