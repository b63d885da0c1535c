package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ComponentSource;
import org.motcua.catalog.DossierComponent;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.ConsentOffer;
import org.motcua.dossier.ConsentResult;
import org.motcua.dossier.DossierIntake;
import org.motcua.dossier.DossierUploads;
import org.motcua.dossier.RegistryConsents;
import org.motcua.dossier.SubmitDossier;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.motcua.web.Task;
import org.motcua.web.TaskStatus;
import org.motcua.dossier.web.ApplyViews.*;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Applying online (nộp hồ sơ trực tuyến) after the e-ID login: a task list; consent to read the registries, whose
 * values are then shown pre-filled with their source; where to send the dossier; question pages generated from the
 * procedure's form; uploads; check your answers; submit. The answers are saved at every step
 * ({@link ApplicationDrafts}): the citizen can stop and come back later, on another device.
 */
@PageController
class ApplicationPages {

    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
    private static final Pattern PHONE = Pattern.compile("^(\\+84|0)[0-9]{8,10}$");

    private final Catalog catalog;
    private final Units units;
    private final RegistryConsents consents;
    private final DossierIntake intake;
    private final DossierUploads uploads;
    private final ApplicationDrafts drafts;
    private final Actors actors;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");

    ApplicationPages(Catalog catalog, Units units, RegistryConsents consents, DossierIntake intake,
                     DossierUploads uploads, ApplicationDrafts drafts, Actors actors, MessageSource messages,
                     JsonMapper json) {
        this.catalog = catalog;
        this.units = units;
        this.consents = consents;
        this.intake = intake;
        this.uploads = uploads;
        this.drafts = drafts;
        this.actors = actors;
        this.messages = messages;
        this.json = json;
    }


    private ProcedureDefinition procedure(String code) {
        return catalog.findCurrent(code).map(ProcedureVersion::definition)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ApplyContext context(ProcedureDefinition d, Locale locale) {
        return new ApplyContext(d.code(), english(locale) ? d.name().en() : d.name().vi(), "/apply/" + d.code());
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    // ---- task list

    @GetMapping("/apply/{code}")
    String tasks(@PathVariable String code, Authentication who, Locale locale, Model model) {
        ProcedureDefinition d = procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        FormQuestions form = new FormQuestions(d.form());
        String base = "/apply/" + d.code();
        boolean consentDone = draft.consented != null;
        boolean contactDone = draft.unit != null;
        boolean questionsDone = draft.answeredPages.size() >= form.pages().size();
        boolean uploadsDone = draft.uploadsDone || uploadComponents(d).isEmpty();
        List<Task> tasks = List.of(
                new Task("dossier.apply.task.consent", base + "/consent", done(consentDone)),
                new Task("dossier.apply.task.contact", base + "/contact", done(contactDone)),
                new Task("dossier.apply.task.questions", consentDone ? base + "/questions/1" : null,
                        consentDone ? done(questionsDone) : TaskStatus.CANNOT_START),
                new Task("dossier.apply.task.uploads", base + "/uploads", done(uploadsDone)),
                new Task("dossier.apply.task.check",
                        consentDone && contactDone && questionsDone && uploadsDone ? base + "/check" : null,
                        consentDone && contactDone && questionsDone && uploadsDone ? TaskStatus.INCOMPLETE
                                : TaskStatus.CANNOT_START));
        long completed = tasks.stream().filter(t -> t.status() == TaskStatus.COMPLETED).count();
        model.addAttribute("apply", context(d, locale));
        model.addAttribute("tasks", tasks);
        model.addAttribute("completed", completed);
        model.addAttribute("total", tasks.size() - 1);
        model.addAttribute("keepDays", drafts.keep().toDays());
        model.addAttribute("saved", drafts.exists(actors.of(who), d.code()));
        return "dossier/applyTasks";
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
        return catalog.findCurrent(code).isPresent() ? "redirect:/apply/" + code : "redirect:/my/dossiers";
    }

    private ApplyContext discardContext(String code, Locale locale) {
        return catalog.findCurrent(code).map(v -> context(v.definition(), locale))
                .orElse(new ApplyContext(code, code, "/apply/" + code));
    }

    private static TaskStatus done(boolean done) {
        return done ? TaskStatus.COMPLETED : TaskStatus.INCOMPLETE;
    }

    // ---- consent


    @GetMapping("/apply/{code}/consent")
    String consent(@PathVariable String code, Authentication who, Locale locale, Model model) {
        ProcedureDefinition d = procedure(code);
        return consentPage(d, drafts.find(actors.of(who), code), FormErrors.none(), locale, model);
    }

    private String consentPage(ProcedureDefinition d, ApplicationDraft draft, FormErrors errors, Locale locale,
                               Model model) {
        ConsentOffer offer = consents.offer(d.code());
        FormQuestions form = new FormQuestions(d.form());
        List<RegistryItem> items = new ArrayList<>();
        for (ConsentOffer.Item item : offer.items()) {
            items.add(new RegistryItem(FormQuestions.sourceName(item.registry(), messages, locale),
                    item.formFields().stream().map(field -> form.label(field, locale)).distinct().toList(),
                    item.componentIds().stream().map(id -> componentName(d, id, locale)).toList()));
        }
        model.addAttribute("apply", context(d, locale));
        model.addAttribute("items", items);
        model.addAttribute("choice", draft.consented == null ? "" : draft.consented ? "1" : "0");
        model.addAttribute("errors", errors);
        return "dossier/applyConsent";
    }

    @PostMapping("/apply/{code}/consent")
    String consentGiven(@PathVariable String code, @RequestParam(required = false) String consent,
                        Authentication who, Locale locale, Model model,
                        HttpServletResponse response) {
        ProcedureDefinition d = procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        if (!"1".equals(consent) && !"0".equals(consent)) {
            response.setStatus(400);
            return consentPage(d, draft, FormErrors.none().add("consent", "dossier.apply.consent.missing"), locale,
                    model);
        }
        draft.prefilled.clear();
        draft.sources.clear();
        draft.consentId = null;
        draft.componentsFromRegistry = List.of();
        draft.registryProblems = List.of();
        if ("1".equals(consent)) {
            ConsentResult result = consents.give(d.code(), actors.of(who));
            draft.consentId = result.consentId();
            flatten(result.prefilledForm(), "", draft.prefilled);
            draft.sources.putAll(result.sources());
            draft.componentsFromRegistry = List.copyOf(result.componentsFromRegistry());
            draft.registryProblems = result.outcomes().stream().filter(o -> !"FOUND".equals(o.status())
                    && !"OK".equals(o.status())).map(o -> o.status()).toList();
            // a registry value replaces what was typed before
            draft.prefilled.keySet().forEach(draft.answers::remove);
        }
        draft.consented = "1".equals(consent);
        drafts.save(actors.of(who), code, draft);
        return "redirect:/apply/" + d.code() + ("1".equals(consent) ? "/consent/result" : "");
    }


    @GetMapping("/apply/{code}/consent/result")
    String consentResult(@PathVariable String code, Authentication who, Locale locale, Model model) {
        ProcedureDefinition d = procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        if (!Boolean.TRUE.equals(draft.consented)) {
            return "redirect:/apply/" + d.code() + "/consent";
        }
        FormQuestions form = new FormQuestions(d.form());
        List<PrefilledValue> values = new ArrayList<>();
        draft.prefilled.forEach((path, value) -> values.add(new PrefilledValue(form.fullLabel(path, locale, messages),
                form.display(path, value), FormQuestions.sourceName(draft.sources.get(path), messages, locale))));
        model.addAttribute("apply", context(d, locale));
        model.addAttribute("values", values);
        model.addAttribute("unavailable", !draft.registryProblems.isEmpty());
        model.addAttribute("components", draft.componentsFromRegistry.stream()
                .map(id -> componentName(d, id, locale)).toList());
        return "dossier/applyConsentResult";
    }

    private static void flatten(JsonNode node, String prefix, Map<String, String> out) {
        if (node == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject()) {
                flatten(e.getValue(), path, out);
            } else {
                out.put(path, e.getValue().asString());
            }
        }
    }

    // ---- where and contact


    @GetMapping("/apply/{code}/contact")
    String contact(@PathVariable String code, Authentication who, Locale locale, Model model) {
        ProcedureDefinition d = procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        return contactPage(d, draft.unit, draft.phone, FormErrors.none(), locale, model);
    }

    private String contactPage(ProcedureDefinition d, String unit, String phone, FormErrors errors, Locale locale,
                               Model model) {
        model.addAttribute("apply", context(d, locale));
        model.addAttribute("units", unitOptions(d, unit, locale));
        model.addAttribute("phone", phone == null ? "" : phone);
        model.addAttribute("errors", errors);
        return "dossier/applyContact";
    }

    private List<UnitOption> unitOptions(ProcedureDefinition d, String selected, Locale locale) {
        if (!d.competentUnit().isWardLevel()) {
            return List.of();
        }
        return units.effectiveOn(LocalDate.now(zone), Optional.empty()).stream()
                .filter(u -> u.type().isWardLevel())
                .sorted(Comparator.comparing(Unit::nameVi))
                .map(u -> new UnitOption(u.slug(), english(locale) ? u.nameEn() : u.nameVi(),
                        u.slug().equals(selected)))
                .toList();
    }

    @PostMapping("/apply/{code}/contact")
    String contactGiven(@PathVariable String code, @RequestParam(required = false) String unit,
                        @RequestParam(required = false) String phone, Authentication who, Locale locale,
                        Model model, HttpServletResponse response) {
        ProcedureDefinition d = procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        FormErrors errors = FormErrors.none();
        boolean ward = d.competentUnit().isWardLevel();
        if (ward && (unit == null || unitOptions(d, null, locale).stream().noneMatch(u -> u.slug().equals(unit)))) {
            errors.add("unit", "dossier.apply.unit.missing");
        }
        String cleanPhone = phone == null ? "" : phone.replace(" ", "").strip();
        if (cleanPhone.isEmpty()) {
            errors.add("phone", "dossier.apply.phone.missing");
        } else if (!PHONE.matcher(cleanPhone).matches()) {
            errors.add("phone", "dossier.apply.phone.format");
        }
        if (errors.any()) {
            response.setStatus(400);
            return contactPage(d, unit, phone, errors, locale, model);
        }
        draft.unit = ward ? unit : d.competentUnit().department();
        draft.phone = cleanPhone;
        drafts.save(actors.of(who), code, draft);
        return "redirect:/apply/" + d.code();
    }

    // ---- questions

    @GetMapping("/apply/{code}/questions/{number}")
    String questions(@PathVariable String code, @PathVariable int number,
                     @RequestParam(name = "return", required = false) String returnTo, Authentication who,
                     Locale locale, Model model) {
        ProcedureDefinition d = procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        if (draft.consented == null) {
            return "redirect:/apply/" + d.code() + "/consent";
        }
        model.addAttribute("returnTo", "check".equals(returnTo) ? "check" : "");
        return questionPage(d, number, draft, null, new LinkedHashMap<>(), locale, model);
    }

    private String questionPage(ProcedureDefinition d, int number, ApplicationDraft draft, Map<String, String> given,
                                Map<String, String> errors, Locale locale, Model model) {
        FormQuestions form = new FormQuestions(d.form());
        if (number < 1 || number > form.pages().size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        QuestionPage page = form.pages().get(number - 1);
        List<Question> questions = form.questions(page, draft, given, errors, messages, locale);
        FormErrors formErrors = FormErrors.none();
        errors.forEach((path, key) -> formErrors.add(FormQuestions.id(path), key));
        model.addAttribute("apply", context(d, locale));
        model.addAttribute("number", number);
        model.addAttribute("count", form.pages().size());
        model.addAttribute("heading", page.title(locale));
        model.addAttribute("questions", questions);
        model.addAttribute("errors", formErrors);
        model.addAttribute("back", number == 1 ? "/apply/" + d.code() : "/apply/" + d.code() + "/questions/"
                + (number - 1));
        if (page.list() != null) {
            model.addAttribute("items", form.items(page, draft, given, errors, messages, locale));
            model.addAttribute("list", FormQuestions.id(page.list()));
            model.addAttribute("listError", errors.containsKey(page.list())
                    ? messages.getMessage(errors.get(page.list()), null, locale) : null);
            model.addAttribute("canAdd", form.itemCount(page, draft) < FormQuestions.MAX_ITEMS);
            return "dossier/applyList";
        }
        return "dossier/applyQuestions";
    }

    @PostMapping("/apply/{code}/questions/{number}")
    String answered(@PathVariable String code, @PathVariable int number,
                    @RequestParam Map<String, String> parameters, Authentication who, Locale locale, Model model,
                    HttpServletResponse response) {
        ProcedureDefinition d = procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        FormQuestions form = new FormQuestions(d.form());
        if (number < 1 || number > form.pages().size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        QuestionPage page = form.pages().get(number - 1);
        Map<String, String> given = new LinkedHashMap<>();
        for (String path : form.answerPaths(page, draft)) {
            given.put(path, parameters.getOrDefault(FormQuestions.id(path), ""));
        }
        if (page.list() != null && (parameters.containsKey("add") || parameters.containsKey("remove"))) {
            // "add another" and "remove" keep what was typed, unchecked: Continue checks the whole list
            form.keep(page, given, draft);
            String anchor = "";
            if (parameters.containsKey("add")) {
                form.addItem(page, draft);
                anchor = "#" + FormQuestions.id(page.list()) + "-" + (form.itemCount(page, draft) - 1);
            } else {
                try {
                    form.removeItem(page, Integer.parseInt(parameters.get("remove")), draft);
                } catch (NumberFormatException e) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
                }
            }
            draft.answeredPages.remove(number);
            drafts.save(actors.of(who), code, draft);
            String returnTo = "check".equals(parameters.get("return")) ? "?return=check" : "";
            return "redirect:/apply/" + d.code() + "/questions/" + number + returnTo + anchor;
        }
        Map<String, String> errors = form.answer(page, given, draft);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("returnTo", "check".equals(parameters.get("return")) ? "check" : "");
            return questionPage(d, number, draft, given, errors, locale, model);
        }
        draft.answeredPages.add(number);
        drafts.save(actors.of(who), code, draft);
        if ("check".equals(parameters.get("return"))) {
            return "redirect:/apply/" + d.code() + "/check";
        }
        return number < form.pages().size() ? "redirect:/apply/" + d.code() + "/questions/" + (number + 1)
                : "redirect:/apply/" + d.code();
    }

    // ---- uploads


    private static List<DossierComponent> uploadComponents(ProcedureDefinition d) {
        return d.components().stream().filter(c -> c.source() == ComponentSource.UPLOAD).toList();
    }

    private static String componentName(ProcedureDefinition d, String id, Locale locale) {
        return d.components().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> english(locale) ? c.name().en() : c.name().vi()).orElse(id);
    }

    @GetMapping("/apply/{code}/uploads")
    String uploads(@PathVariable String code, @RequestParam(name = "return", required = false) String returnTo,
                   Authentication who, Locale locale, Model model) {
        ProcedureDefinition d = procedure(code);
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
        model.addAttribute("apply", context(d, locale));
        model.addAttribute("items", items);
        model.addAttribute("errors", errors);
        return "dossier/applyUploads";
    }

    @PostMapping("/apply/{code}/uploads")
    String uploaded(@PathVariable String code, MultipartHttpServletRequest request, Authentication who,
                    Locale locale, Model model, HttpServletResponse response) throws IOException {
        ProcedureDefinition d = procedure(code);
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
        ProcedureDefinition d = procedure(code);
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
        unitOptions(d, draft.unit, locale).stream().filter(UnitOption::selected).findFirst().ifPresent(u ->
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
        model.addAttribute("apply", context(d, locale));
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
        ProcedureDefinition d = procedure(code);
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
}
