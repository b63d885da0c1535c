package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.ActionRequest;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierActions;
import org.motcua.dossier.DossierNotFound;
import org.motcua.dossier.DossierQueries;
import org.motcua.dossier.DossierUploads;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.StoredFile;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A dossier for its staff, and the actions their roles allow, each a small form posted here: required reasons and
 * files are checked first; what the dossier module refuses (403 not their step, 409 not in this status or changed
 * meanwhile, 422 incomplete) comes back as the page's error summary, never as problem+json.
 */
@PageController
class StaffDossierPage {

    /** When an apology's new appointment falls due: the end of that working day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
    private static final Map<String, String> API_FIELDS = Map.of("reason", "reason", "missing", "missing",
            "toUnit", "toUnit", "newAppointmentAt", "appointment");

    private final DossierQueries queries;
    private final DossierActions actions;
    private final DossierUploads uploads;
    private final Actors actors;
    private final ZoneId zone;
    private final Clock clock;
    private final Catalog catalog;
    private final MessageSource messages;

    StaffDossierPage(DossierQueries queries, DossierActions actions, DossierUploads uploads, Actors actors,
                     @Value("${motcua.calendar.zone}") ZoneId zone, Optional<Clock> clock, Catalog catalog,
                     MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
        this.queries = queries;
        this.actions = actions;
        this.uploads = uploads;
        this.actors = actors;
        this.zone = zone;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/staff/dossiers/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) String done, Authentication authentication,
                Locale locale, Model model) {
        Actor me = actors.of(authentication);
        try {
            render(code, me, locale, model, FormErrors.none(), ActionForm.empty());
        } catch (DossierNotFound notFound) {
            if (done != null) {
                return "redirect:/staff/inbox"; // handed on to a unit the caller does not work in
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("doneKey", done == null || action(done).isEmpty() ? null
                : "dossier.staff.done." + action(done).get().name());
        return "dossier/staffDossier";
    }

    @PostMapping("/staff/dossiers/{code}/actions")
    String act(@PathVariable String code, @RequestParam String action,
               @RequestParam(required = false) String reason, @RequestParam(required = false) String note,
               @RequestParam(required = false) String missing, @RequestParam(required = false) String toUnit,
               @RequestParam(required = false) String appointment,
               @RequestParam(required = false) MultipartFile file,
               Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Actor me = actors.of(authentication);
        DossierAction chosen = action(action).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        ActionForm form = new ActionForm(chosen.name(), trim(reason), trim(note), missing == null ? "" : missing,
                trim(toUnit), trim(appointment));
        FormErrors errors = validate(chosen, form, file);
        if (!errors.any()) {
            try {
                List<String> attachments = null;
                if (file != null && !file.isEmpty()) {
                    StoredFile stored = uploads.upload(code, me, file.getOriginalFilename(), stream(file));
                    attachments = List.of(stored.id());
                }
                actions.perform(code, new ActionRequest(chosen, blankToNull(form.reason()), blankToNull(form.note()),
                        lines(form.missing()), blankToNull(form.toUnit()), attachments,
                        chosen == DossierAction.APOLOGIZE ? LocalDate.parse(form.appointment()).atTime(END_OF_DAY)
                                .atZone(zone).toInstant() : null), me);
                return "redirect:/staff/dossiers/" + code + "?done=" + chosen.name();
            } catch (DossierNotFound notFound) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            } catch (ProblemException problem) {
                response.setStatus(problem.code().status().value());
                explain(problem, chosen, errors);
            }
        } else {
            response.setStatus(400);
        }
        render(code, me, locale, model, errors, form);
        model.addAttribute("doneKey", null);
        return "dossier/staffDossier";
    }

    private void render(String code, Actor me, Locale locale, Model model, FormErrors errors, ActionForm form) {
        var view = queries.view(code, me);
        model.addAttribute("dossier", StaffDossierView.of(view, me, clock.instant(), zone,
                "en".equals(locale.getLanguage()), formRows(view.procedure(), locale)));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
    }

    /** The form data's rows with the form's titles and option texts in the page's language. */
    private java.util.function.UnaryOperator<StaffDossierView.DataRow> formRows(DossierView.ProcedureRef procedure,
                                                                                Locale locale) {
        Optional<FormQuestions> form = catalog.findVersion(procedure.code(), procedure.version())
                .map(v -> new FormQuestions(v.definition().form()));
        if (form.isEmpty()) {
            return row -> row;
        }
        return row -> {
            String path = FormQuestions.fromOne(row.label());
            return new StaffDossierView.DataRow(form.get().fullLabel(path, locale, messages),
                    form.get().optionLabel(path, row.value(), messages, locale));
        };
    }

    private static FormErrors validate(DossierAction action, ActionForm form, MultipartFile file) {
        FormErrors errors = FormErrors.none();
        String id = action.name() + "-";
        switch (action) {
            case REQUEST_SUPPLEMENT -> {
                if (lines(form.missing()).isEmpty()) {
                    errors.add(id + "missing", "dossier.staff.error.missing");
                }
                if (form.reason().isEmpty()) {
                    errors.add(id + "reason", "dossier.staff.error.reason");
                }
            }
            case SUPPLEMENT -> {
                if (file == null || file.isEmpty()) {
                    errors.add(id + "file", "dossier.staff.error.file");
                }
            }
            case TRANSFER -> {
                if (form.toUnit().isEmpty()) {
                    errors.add(id + "toUnit", "dossier.staff.error.to-unit");
                }
                if (form.reason().isEmpty()) {
                    errors.add(id + "reason", "dossier.staff.error.reason");
                }
            }
            case REFUSE, STOP -> {
                if (form.reason().isEmpty()) {
                    errors.add(id + "reason", "dossier.staff.error.reason");
                }
            }
            case APOLOGIZE -> {
                if (form.reason().isEmpty()) {
                    errors.add(id + "reason", "dossier.staff.error.reason");
                }
                try {
                    LocalDate.parse(form.appointment());
                } catch (DateTimeParseException e) {
                    errors.add(id + "appointment", "dossier.staff.error.appointment");
                }
            }
            default -> {
            }
        }
        return errors;
    }

    /** Puts the dossier module's refusal into the error summary: on the field it names, else on the action. */
    private static void explain(ProblemException problem, DossierAction action, FormErrors errors) {
        String id = action.name() + "-";
        ErrorCode code = problem.code();
        if (code == ErrorCode.INVALID_ACTION && !problem.errors().isEmpty()) {
            for (FieldProblem field : problem.errors()) {
                String name = API_FIELDS.get(field.field());
                errors.add(name == null ? "action-" + action.name() : id + name,
                        "dossier.staff.error.invalid." + (name == null ? "other" : name));
            }
            return;
        }
        String key = switch (code) {
            case FORBIDDEN -> "dossier.staff.error.forbidden";
            case DOSSIER_ACTION_NOT_ALLOWED -> "dossier.staff.error.not-allowed";
            case DOSSIER_MODIFIED_CONCURRENTLY -> "dossier.staff.error.concurrent";
            case FEE_NOT_PAID -> "dossier.staff.error.fee-not-paid";
            case FILE_TOO_LARGE, UNSUPPORTED_FILE_TYPE -> "dossier.staff.error.file-rejected";
            default -> "dossier.staff.error.other";
        };
        errors.add(code == ErrorCode.FILE_TOO_LARGE || code == ErrorCode.UNSUPPORTED_FILE_TYPE ? id + "file"
                : "action-" + action.name(), key);
    }

    private static Optional<DossierAction> action(String name) {
        return Arrays.stream(DossierAction.values()).filter(a -> a.name().equals(name)).findFirst();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static java.io.InputStream stream(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
