package org.motcua.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.documents.Assign;
import org.motcua.documents.DocumentType;
import org.motcua.documents.IncomingDocuments;
import org.motcua.documents.IncomingView;
import org.motcua.documents.RegisterIncoming;
import org.motcua.documents.SignatureVerifier;
import org.motcua.identity.Caller;
import org.motcua.organization.StaffAccounts;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The incoming register's entries in the back-office: the clerk registers a document from outside with its scan;
 * the entry's page, where the leader assigns it and the handler reports progress and closes it with the reply's
 * number. The rules are the documents module's; its refusals (422 for an assignee outside the unit, 415 for a scan
 * that is not a PDF) come back as the page's error summary.
 */
@PageController
class IncomingPages {

    private final Desks desks;
    private final IncomingDocuments incoming;
    private final SignatureVerifier signatures;
    private final StaffAccounts staff;
    private final ZoneId zone;
    private final Clock clock;

    IncomingPages(Desks desks, IncomingDocuments incoming, SignatureVerifier signatures, StaffAccounts staff,
                  @Value("${motcua.calendar.zone}") ZoneId zone, Optional<Clock> clock) {
        this.desks = desks;
        this.incoming = incoming;
        this.signatures = signatures;
        this.staff = staff;
        this.zone = zone;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/staff/documents/incoming/new")
    String form(@RequestParam(required = false) String unit, Authentication authentication, Locale locale,
                Model model) {
        DocumentDesk desk = desks.of(desks.caller(authentication), unit, locale);
        return showForm(desk, IncomingForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/staff/documents/incoming")
    String register(@RequestParam String unit, @RequestParam(defaultValue = "") String author,
                    @RequestParam(defaultValue = "") String symbol,
                    @RequestParam(defaultValue = "") String documentDate, @RequestParam(defaultValue = "") String type,
                    @RequestParam(defaultValue = "") String summary, @RequestParam(required = false) String urgent,
                    @RequestParam(required = false) String confidential,
                    @RequestParam(defaultValue = "") String restrictedTo,
                    @RequestParam(required = false) MultipartFile file, Authentication authentication, Locale locale,
                    Model model, HttpServletResponse response) {
        Caller me = desks.caller(authentication);
        DocumentDesk desk = desks.of(me, unit, locale);
        IncomingForm form = new IncomingForm(author.strip(), symbol.strip(), documentDate.strip(), type.strip(),
                summary.strip(), urgent != null, confidential != null, restrictedTo);
        FormErrors errors = FormErrors.none();
        LocalDate date = null;
        try {
            date = form.documentDate().isEmpty() ? null : LocalDate.parse(form.documentDate());
        } catch (DateTimeParseException e) {
            errors.add("documentDate", "documents.error.documentDate");
        }
        Upload upload = Upload.of(file);
        if (!errors.any()) {
            try {
                if (upload != null) {
                    signatures.check(upload.content()); // not a PDF: 415 before anything is registered
                }
                IncomingView view = incoming.register(new RegisterIncoming(desk.unit(), form.author(), form.symbol(),
                        date, form.type(), form.summary(), form.urgent(), form.confidential(),
                        OutgoingForm.lines(form.restrictedTo())), me);
                if (upload != null) {
                    incoming.attachScan(view.id(), upload.name(), upload.content(), me);
                }
                return "redirect:/staff/documents/incoming/" + view.id() + "?done=registered";
            } catch (ProblemException problem) {
                response.setStatus(problem.code().status().value());
                PageProblems.explain(problem, errors, "", "file", "author");
            }
        } else {
            response.setStatus(400);
        }
        return showForm(desk, form, errors, model);
    }

    @GetMapping("/staff/documents/incoming/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String done, Authentication authentication,
                Locale locale, Model model) {
        render(id, desks.caller(authentication), locale, model, FormErrors.none(), AssignForm.empty());
        model.addAttribute("doneKey", Done.key(done));
        return "documents/incoming";
    }

    @PostMapping("/staff/documents/incoming/{id}/assignments")
    String assign(@PathVariable String id, @RequestParam(defaultValue = "PERSON") String assigneeKind,
                  @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String department,
                  @RequestParam(defaultValue = "HANDLE") String purpose,
                  @RequestParam(defaultValue = "") String workingDays, @RequestParam(defaultValue = "") String note,
                  Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Caller me = desks.caller(authentication);
        AssignForm form = new AssignForm(assigneeKind.strip(), person.strip(), department.strip(), purpose.strip(),
                workingDays.strip(), note.strip());
        FormErrors errors = FormErrors.none();
        BigDecimal days = null;
        if (!form.workingDays().isEmpty()) {
            try {
                days = new BigDecimal(form.workingDays().replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.add("assign-workingDays", "documents.error.workingDays");
            }
        }
        if (!errors.any()) {
            try {
                incoming.assign(id, new Assign(form.assigneeKind(), form.assignee(), form.purpose(),
                        "HANDLE".equals(form.purpose()) ? days : null, form.note()), me);
                return "redirect:/staff/documents/incoming/" + id + "?done=assigned";
            } catch (ProblemException problem) {
                response.setStatus(problem.code().status().value());
                PageProblems.explain(problem, errors, "assign-", null, "assign");
                if (errors.of("assign-assignee") != null) {
                    // the page shows the person or the division field, whichever was chosen
                    FormErrors moved = FormErrors.none();
                    errors.all().forEach(e -> moved.add(e.field().equals("assign-assignee")
                            ? ("DEPARTMENT".equals(form.assigneeKind()) ? "assign-department" : "assign-person")
                            : e.field(), e.messageKey()));
                    errors = moved;
                }
            }
        } else {
            response.setStatus(400);
        }
        render(id, me, locale, model, errors, form);
        return "documents/incoming";
    }

    @PostMapping("/staff/documents/incoming/{id}/assignments/{assignment}/progress")
    String progress(@PathVariable String id, @PathVariable String assignment,
                    @RequestParam(defaultValue = "") String note, Authentication authentication, Locale locale,
                    Model model, HttpServletResponse response) {
        Caller me = desks.caller(authentication);
        try {
            IncomingView view = incoming.report(assignment, note, me);
            return "redirect:/staff/documents/incoming/" + view.id() + "?done=reported";
        } catch (ProblemException problem) {
            return refused(id, me, problem, "progress-" + assignment + "-", locale, model, response);
        }
    }

    @PostMapping("/staff/documents/incoming/{id}/assignments/{assignment}/close")
    String close(@PathVariable String id, @PathVariable String assignment,
                 @RequestParam(defaultValue = "") String replySymbol, @RequestParam(defaultValue = "") String note,
                 Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Caller me = desks.caller(authentication);
        try {
            IncomingView view = incoming.close(assignment, replySymbol, note, me);
            return "redirect:/staff/documents/incoming/" + view.id() + "?done=closed";
        } catch (ProblemException problem) {
            return refused(id, me, problem, "close-" + assignment + "-", locale, model, response);
        }
    }

    @PostMapping("/staff/documents/incoming/{id}/files")
    String scan(@PathVariable String id, @RequestParam(required = false) MultipartFile file,
                Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Caller me = desks.caller(authentication);
        Upload upload = Upload.of(file);
        try {
            if (upload == null) {
                response.setStatus(400);
                render(id, me, locale, model, FormErrors.none().add("scan-file", "documents.error.file"),
                        AssignForm.empty());
                return "documents/incoming";
            }
            incoming.attachScan(id, upload.name(), upload.content(), me);
            return "redirect:/staff/documents/incoming/" + id + "?done=attached";
        } catch (ProblemException problem) {
            FormErrors errors = FormErrors.none();
            PageProblems.explain(problem, errors, "scan-", "file", "scan");
            response.setStatus(problem.code().status().value());
            render(id, me, locale, model, errors, AssignForm.empty());
            return "documents/incoming";
        }
    }

    private String refused(String id, Caller me, ProblemException problem, String prefix, Locale locale, Model model,
                           HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        PageProblems.explain(problem, errors, prefix, null, prefix + "form");
        response.setStatus(problem.code().status().value());
        render(id, me, locale, model, errors, AssignForm.empty());
        return "documents/incoming";
    }

    private void render(String id, Caller me, Locale locale, Model model, FormErrors errors, AssignForm form) {
        IncomingView view;
        try {
            view = incoming.view(id, me);
        } catch (ProblemException problem) {
            throw PageProblems.onPage(problem);
        }
        DocumentDesk desk = desks.of(me, view.unit(), locale);
        model.addAttribute("desk", desk);
        model.addAttribute("entry", IncomingPageView.of(view, desk, me.id(), clock.instant(), zone));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("people", desk.leader() ? staff.ofUnit(desk.unit()).stream().filter(s -> s.enabled())
                .map(s -> new Option(s.username(), s.displayName() + " (" + s.username() + ")",
                        s.username().equals(form.person()))).toList() : java.util.List.<Option>of());
        model.addAttribute("doneKey", null);
    }

    private String showForm(DocumentDesk desk, IncomingForm form, FormErrors errors, Model model) {
        model.addAttribute("desk", desk);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", Arrays.stream(DocumentType.values()).map(t -> new Option(t.name(),
                (t.abbreviation() == null ? "" : t.abbreviation() + " – ") + t.nameVi(), t.name().equals(form.type())))
                .toList());
        return "documents/incomingNew";
    }
}
