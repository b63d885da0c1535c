package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.dossier.ConsentOffer;
import org.motcua.dossier.ConsentResult;
import org.motcua.dossier.RegistryConsents;
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
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.motcua.dossier.web.ApplicationContexts.componentName;
import static org.motcua.dossier.web.ApplicationContexts.uploadComponents;

/**
 * Applying online (nộp hồ sơ trực tuyến) after the e-ID login: a task list; consent to read the registries, whose
 * values are then shown pre-filled with their source; where to send the dossier; question pages generated from the
 * procedure's form; then uploads, check your answers and submit ({@link ApplicationSubmitPages}). The answers are
 * saved at every step ({@link ApplicationDrafts}): the citizen can stop and come back later, on another device.
 */
@PageController
class ApplicationPages {

    private static final Pattern PHONE = Pattern.compile("^(\\+84|0)[0-9]{8,10}$");

    private final ApplicationContexts contexts;
    private final RegistryConsents consents;
    private final ApplicationDrafts drafts;
    private final Actors actors;
    private final MessageSource messages;

    ApplicationPages(ApplicationContexts contexts, RegistryConsents consents, ApplicationDrafts drafts,
                     Actors actors, MessageSource messages) {
        this.contexts = contexts;
        this.consents = consents;
        this.drafts = drafts;
        this.actors = actors;
        this.messages = messages;
    }

    // ---- task list

    @GetMapping("/apply/{code}")
    String tasks(@PathVariable String code, Authentication who, Locale locale, Model model) {
        ProcedureDefinition d = contexts.procedure(code);
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
        model.addAttribute("apply", contexts.context(d, locale));
        model.addAttribute("tasks", tasks);
        model.addAttribute("completed", completed);
        model.addAttribute("total", tasks.size() - 1);
        model.addAttribute("keepDays", drafts.keep().toDays());
        model.addAttribute("saved", drafts.exists(actors.of(who), d.code()));
        return "dossier/applyTasks";
    }

    private static TaskStatus done(boolean done) {
        return done ? TaskStatus.COMPLETED : TaskStatus.INCOMPLETE;
    }

    // ---- consent

    @GetMapping("/apply/{code}/consent")
    String consent(@PathVariable String code, Authentication who, Locale locale, Model model) {
        ProcedureDefinition d = contexts.procedure(code);
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
        model.addAttribute("apply", contexts.context(d, locale));
        model.addAttribute("items", items);
        model.addAttribute("choice", draft.consented == null ? "" : draft.consented ? "1" : "0");
        model.addAttribute("errors", errors);
        return "dossier/applyConsent";
    }

    @PostMapping("/apply/{code}/consent")
    String consentGiven(@PathVariable String code, @RequestParam(required = false) String consent,
                        Authentication who, Locale locale, Model model,
                        HttpServletResponse response) {
        ProcedureDefinition d = contexts.procedure(code);
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
        ProcedureDefinition d = contexts.procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        if (!Boolean.TRUE.equals(draft.consented)) {
            return "redirect:/apply/" + d.code() + "/consent";
        }
        FormQuestions form = new FormQuestions(d.form());
        List<PrefilledValue> values = new ArrayList<>();
        draft.prefilled.forEach((path, value) -> values.add(new PrefilledValue(form.fullLabel(path, locale, messages),
                form.display(path, value), FormQuestions.sourceName(draft.sources.get(path), messages, locale))));
        model.addAttribute("apply", contexts.context(d, locale));
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
        ProcedureDefinition d = contexts.procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        return contactPage(d, draft.unit, draft.phone, FormErrors.none(), locale, model);
    }

    private String contactPage(ProcedureDefinition d, String unit, String phone, FormErrors errors, Locale locale,
                               Model model) {
        model.addAttribute("apply", contexts.context(d, locale));
        model.addAttribute("units", contexts.unitOptions(d, unit, locale));
        model.addAttribute("phone", phone == null ? "" : phone);
        model.addAttribute("errors", errors);
        return "dossier/applyContact";
    }

    @PostMapping("/apply/{code}/contact")
    String contactGiven(@PathVariable String code, @RequestParam(required = false) String unit,
                        @RequestParam(required = false) String phone, Authentication who, Locale locale,
                        Model model, HttpServletResponse response) {
        ProcedureDefinition d = contexts.procedure(code);
        ApplicationDraft draft = drafts.find(actors.of(who), code);
        FormErrors errors = FormErrors.none();
        boolean ward = d.competentUnit().isWardLevel();
        if (ward && (unit == null || contexts.unitOptions(d, null, locale).stream().noneMatch(u -> u.slug().equals(unit)))) {
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
        ProcedureDefinition d = contexts.procedure(code);
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
        model.addAttribute("apply", contexts.context(d, locale));
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
        ProcedureDefinition d = contexts.procedure(code);
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

}
