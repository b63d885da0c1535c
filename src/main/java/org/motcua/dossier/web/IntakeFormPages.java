package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.motcua.catalog.ComponentSource;
import org.motcua.catalog.DossierComponent;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.dossier.DossierUploads;
import org.motcua.dossier.web.ApplyViews.UploadItem;
import org.motcua.dossier.web.IntakeViews.QuestionGroup;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The procedure's form on one desktop page — every group of questions {@link FormQuestions} makes from the JSON
 * Schema, checked the same way — and the scans of the components, checked against the dossier module's size limit
 * and content types before they wait in the draft for the dossier to exist.
 */
@PageController
class IntakeFormPages {

    private final IntakeDesk desk;
    private final DossierUploads uploads;
    private final MessageSource messages;

    IntakeFormPages(IntakeDesk desk, DossierUploads uploads, MessageSource messages) {
        this.desk = desk;
        this.uploads = uploads;
        this.messages = messages;
    }

    @GetMapping("/staff/intake/{code}/form")
    String form(@PathVariable String code, @RequestParam(name = "return", required = false) String returnTo,
                Authentication who, HttpSession session, Locale locale, Model model,
                HttpServletResponse response) {
        if (desk.official(who) == null) {
            return IntakeDesk.forbidden(response);
        }
        ProcedureDefinition d = desk.procedure(code);
        IntakeDraft draft = IntakeDesk.draft(session, d.code());
        if (draft == null || !draft.applicantDone) {
            return "redirect:/staff/intake/" + d.code() + (draft == null ? "" : "/applicant");
        }
        model.addAttribute("returnTo", "check".equals(returnTo) ? "check" : "");
        return formPage(d, draft, null, new LinkedHashMap<>(), locale, model);
    }

    private String formPage(ProcedureDefinition d, IntakeDraft draft, Map<String, String> given,
                            Map<String, String> errors, Locale locale, Model model) {
        FormQuestions form = new FormQuestions(d.form());
        List<QuestionGroup> groups = new ArrayList<>();
        List<Question> all = new ArrayList<>();
        for (QuestionPage page : form.pages()) {
            List<Question> questions = form.questions(page, draft.form, given, errors, messages, locale);
            groups.add(new QuestionGroup(page.title(), questions));
            all.addAll(questions);
        }
        model.addAttribute("intake", IntakeDesk.context(d, locale));
        model.addAttribute("groups", groups);
        model.addAttribute("failed", all.stream().filter(q -> q.error() != null).toList());
        model.addAttribute("error", !errors.isEmpty());
        return "dossier/intakeForm";
    }

    @PostMapping("/staff/intake/{code}/form")
    String answered(@PathVariable String code, @RequestParam Map<String, String> parameters, Authentication who,
                    HttpSession session, Locale locale, Model model, HttpServletResponse response) {
        if (desk.official(who) == null) {
            return IntakeDesk.forbidden(response);
        }
        ProcedureDefinition d = desk.procedure(code);
        IntakeDraft draft = IntakeDesk.draft(session, d.code());
        if (draft == null || !draft.applicantDone) {
            return "redirect:/staff/intake/" + d.code();
        }
        FormQuestions form = new FormQuestions(d.form());
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < form.pages().size(); i++) {
            QuestionPage page = form.pages().get(i);
            Map<String, String> onPage = new LinkedHashMap<>();
            for (String path : form.answerPaths(page, draft.form)) {
                onPage.put(path, parameters.getOrDefault(FormQuestions.id(path), ""));
            }
            given.putAll(onPage);
            Map<String, String> problems = form.answer(page, onPage, draft.form);
            errors.putAll(problems);
            if (problems.isEmpty()) {
                draft.form.answeredPages.add(i + 1);
            }
        }
        draft.formDone = errors.isEmpty();
        IntakeDesk.save(session, draft);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("returnTo", "check".equals(parameters.get("return")) ? "check" : "");
            return formPage(d, draft, given, errors, locale, model);
        }
        return "redirect:/staff/intake/" + d.code() + ("check".equals(parameters.get("return")) ? "/check"
                : "/uploads");
    }

    // ---- scans of the components

    @GetMapping("/staff/intake/{code}/uploads")
    String uploads(@PathVariable String code, Authentication who, HttpSession session, Locale locale, Model model,
                   HttpServletResponse response) {
        if (desk.official(who) == null) {
            return IntakeDesk.forbidden(response);
        }
        ProcedureDefinition d = desk.procedure(code);
        IntakeDraft draft = IntakeDesk.draft(session, d.code());
        if (draft == null || !draft.formDone) {
            return "redirect:/staff/intake/" + d.code() + (draft == null ? "" : "/form");
        }
        return uploadPage(d, draft, FormErrors.none(), locale, model);
    }

    private String uploadPage(ProcedureDefinition d, IntakeDraft draft, FormErrors errors, Locale locale,
                              Model model) {
        List<UploadItem> items = new ArrayList<>();
        for (DossierComponent c : d.components()) {
            ApplicationDraft.Upload file = draft.form.uploads.get(c.id());
            String error = errors.of(c.id());
            items.add(new UploadItem(c.id(), IntakeDesk.english(locale) ? c.name().en() : c.name().vi(),
                    required(c), file == null ? null : file.name(),
                    error == null ? null : messages.getMessage(error, new Object[]{megabytes()}, locale)));
        }
        model.addAttribute("intake", IntakeDesk.context(d, locale));
        model.addAttribute("items", items);
        model.addAttribute("errors", errors);
        model.addAttribute("maxMegabytes", megabytes());
        return "dossier/intakeUploads";
    }

    /** A scan is required for an uploaded component the procedure requires; registry components may be scanned. */
    private static boolean required(DossierComponent c) {
        return c.required() && c.source() == ComponentSource.UPLOAD;
    }

    private long megabytes() {
        return uploads.maxUploadBytes() / (1024 * 1024);
    }

    @PostMapping("/staff/intake/{code}/uploads")
    String uploaded(@PathVariable String code, MultipartHttpServletRequest request, Authentication who,
                    HttpSession session, Locale locale, Model model, HttpServletResponse response) throws IOException {
        if (desk.official(who) == null) {
            return IntakeDesk.forbidden(response);
        }
        ProcedureDefinition d = desk.procedure(code);
        IntakeDraft draft = IntakeDesk.draft(session, d.code());
        if (draft == null || !draft.formDone) {
            return "redirect:/staff/intake/" + d.code();
        }
        FormErrors errors = FormErrors.none();
        Map<String, ApplicationDraft.Upload> accepted = new LinkedHashMap<>();
        String first = d.components().isEmpty() ? "files" : d.components().get(0).id();
        if (request.getAttribute(IntakeUploadRequests.TOO_LARGE) != null) {
            response.setStatus(413);
            return uploadPage(d, draft, errors.add(first, "dossier.intake.uploads.too-big"), locale, model);
        }
        if (request.getAttribute(IntakeUploadRequests.UNREADABLE) != null) {
            response.setStatus(400);
            return uploadPage(d, draft, errors.add(first, "dossier.intake.uploads.unreadable"), locale, model);
        }
        Map<String, MultipartFile> files = request.getFileMap();
        int status = 400;
        for (DossierComponent c : d.components()) {
            MultipartFile file = files.get(c.id());
            if (file == null || file.isEmpty()) {
                if (required(c) && !draft.form.uploads.containsKey(c.id())) {
                    errors.add(c.id(), "dossier.intake.uploads.missing");
                }
                continue;
            }
            if (file.getSize() > uploads.maxUploadBytes()) {
                errors.add(c.id(), "dossier.intake.uploads.too-big");
                status = 413;
                continue;
            }
            byte[] bytes = file.getBytes();
            Optional<String> type = uploads.acceptedType(bytes);
            if (type.isEmpty()) {
                errors.add(c.id(), "dossier.intake.uploads.type");
                status = status == 413 ? 413 : 415;
                continue;
            }
            accepted.put(c.id(), new ApplicationDraft.Upload(file.getOriginalFilename(), type.get(), bytes));
        }
        // the good scans of a failed post are kept too: nothing given is lost
        draft.form.uploads.putAll(accepted);
        if (errors.any()) {
            draft.uploadsDone = false;
            IntakeDesk.save(session, draft);
            response.setStatus(status);
            return uploadPage(d, draft, errors, locale, model);
        }
        draft.uploadsDone = true;
        IntakeDesk.save(session, draft);
        return "redirect:/staff/intake/" + d.code() + "/check";
    }
}
