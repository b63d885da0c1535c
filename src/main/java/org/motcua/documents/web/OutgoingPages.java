package org.motcua.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.documents.DocumentType;
import org.motcua.documents.OutgoingDocuments;
import org.motcua.documents.OutgoingView;
import org.motcua.documents.SignatureVerifier;
import org.motcua.identity.Caller;
import org.motcua.organization.Units;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Outgoing documents in the back-office: the draft form, the document's page, and issuing, abandoning and attaching
 * from it. Every rule (types, symbols, numbering once, who may issue) is the documents module's; its refusals come
 * back as the page's error summary.
 */
@PageController
class OutgoingPages {

    private final Desks desks;
    private final OutgoingDocuments outgoing;
    private final SignatureVerifier signatures;
    private final Units units;
    private final ZoneId zone;
    private final Clock clock;

    OutgoingPages(Desks desks, OutgoingDocuments outgoing, SignatureVerifier signatures, Units units,
                  @Value("${motcua.calendar.zone}") ZoneId zone, Optional<Clock> clock) {
        this.desks = desks;
        this.outgoing = outgoing;
        this.signatures = signatures;
        this.units = units;
        this.zone = zone;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/staff/documents/outgoing/new")
    String form(@RequestParam(required = false) String unit, Authentication authentication, Locale locale,
                Model model) {
        DocumentDesk desk = desks.of(desks.caller(authentication), unit, locale);
        return showForm(desk, OutgoingForm.empty(), FormErrors.none(), locale, model);
    }

    @PostMapping("/staff/documents/outgoing")
    String draft(@RequestParam String unit, @RequestParam(defaultValue = "") String type,
                 @RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String draftingUnit,
                 @RequestParam(defaultValue = "") String field, @RequestParam(defaultValue = "") String signerName,
                 @RequestParam(defaultValue = "") String signerTitle,
                 @RequestParam(defaultValue = "") String signingAuthority,
                 @RequestParam(required = false) List<String> recipientUnits,
                 @RequestParam(defaultValue = "") String recipientOutside,
                 @RequestParam(defaultValue = "") String fileCopyHolder, @RequestParam(defaultValue = "") String copies,
                 @RequestParam(required = false) String urgent, @RequestParam(required = false) String confidential,
                 @RequestParam(defaultValue = "") String restrictedTo,
                 @RequestParam(required = false) String meetingRoom, @RequestParam(required = false) MultipartFile file,
                 Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Caller me = desks.caller(authentication);
        DocumentDesk desk = desks.of(me, unit, locale);
        OutgoingForm form = new OutgoingForm(type.strip(), summary.strip(), draftingUnit.strip(), field.strip(),
                signerName.strip(), signerTitle.strip(), signingAuthority.strip(),
                recipientUnits == null ? List.of() : recipientUnits, recipientOutside, fileCopyHolder.strip(),
                copies.strip(), urgent != null, confidential != null, restrictedTo, meetingRoom != null);
        FormErrors errors = FormErrors.none();
        if (!form.copies().isEmpty() && !form.copies().matches("\\d{1,6}")) {
            errors.add("copies", "documents.error.copies");
        }
        Upload upload = Upload.of(file);
        if (!errors.any()) {
            try {
                if (upload != null) {
                    signatures.check(upload.content()); // not a PDF: 415 before anything is drafted
                }
                OutgoingView view = outgoing.draft(form.draft(desk.unit()), me);
                if (upload != null) {
                    outgoing.attach(view.id(), upload.name(), upload.content(), me);
                }
                return "redirect:/staff/documents/outgoing/" + view.id() + "?done=drafted";
            } catch (ProblemException problem) {
                response.setStatus(problem.code().status().value());
                PageProblems.explain(problem, errors, "", "file", "summary");
            }
        } else {
            response.setStatus(400);
        }
        return showForm(desk, form, errors, locale, model);
    }

    @GetMapping("/staff/documents/outgoing/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String done, Authentication authentication,
                Locale locale, Model model) {
        render(id, desks.caller(authentication), locale, model, FormErrors.none(), "");
        model.addAttribute("doneKey", Done.key(done));
        return "documents/outgoing";
    }

    @PostMapping("/staff/documents/outgoing/{id}/issue")
    String issue(@PathVariable String id, Authentication authentication, Locale locale, Model model,
                 HttpServletResponse response) {
        Caller me = desks.caller(authentication);
        try {
            outgoing.issue(id, me);
            return "redirect:/staff/documents/outgoing/" + id + "?done=issued";
        } catch (ProblemException problem) {
            return refused(id, me, problem, "issue-", null, "issue", "", locale, model, response);
        }
    }

    @PostMapping("/staff/documents/outgoing/{id}/abandon")
    String abandon(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
                   Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Caller me = desks.caller(authentication);
        try {
            outgoing.abandon(id, reason, me);
            return "redirect:/staff/documents/outgoing/" + id + "?done=abandoned";
        } catch (ProblemException problem) {
            return refused(id, me, problem, "abandon-", null, "abandon", reason, locale, model, response);
        }
    }

    @PostMapping("/staff/documents/outgoing/{id}/files")
    String attach(@PathVariable String id, @RequestParam(required = false) MultipartFile file,
                  Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Caller me = desks.caller(authentication);
        Upload upload = Upload.of(file);
        try {
            if (upload == null) {
                render(id, me, locale, model, FormErrors.none().add("attach-file", "documents.error.file"), "");
                response.setStatus(400);
                return "documents/outgoing";
            }
            outgoing.attach(id, upload.name(), upload.content(), me);
            return "redirect:/staff/documents/outgoing/" + id + "?done=attached";
        } catch (ProblemException problem) {
            return refused(id, me, problem, "attach-", "file", "attach", "", locale, model, response);
        }
    }

    private String refused(String id, Caller me, ProblemException problem, String prefix, String fileField,
                           String formId, String reason, Locale locale, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        PageProblems.explain(problem, errors, prefix, fileField, formId);
        if ("issue".equals(formId)) {
            // the issue form has no fields: what is missing (signer, recipients) is said beside its button
            FormErrors collapsed = FormErrors.none();
            errors.all().forEach(e -> collapsed.add("issue", e.messageKey()));
            errors = collapsed;
        }
        response.setStatus(problem.code().status().value());
        render(id, me, locale, model, errors, reason);
        return "documents/outgoing";
    }

    private void render(String id, Caller me, Locale locale, Model model, FormErrors errors, String reason) {
        OutgoingView view;
        try {
            view = outgoing.view(id, me);
        } catch (ProblemException problem) {
            throw PageProblems.onPage(problem);
        }
        DocumentDesk desk = desks.of(me, view.unit(), locale);
        model.addAttribute("desk", desk);
        model.addAttribute("document", OutgoingPageView.of(view, desk, slug -> desks.name(slug, locale), zone));
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        model.addAttribute("doneKey", null);
    }

    private String showForm(DocumentDesk desk, OutgoingForm form, FormErrors errors, Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        model.addAttribute("desk", desk);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", Arrays.stream(DocumentType.values()).map(t -> new Option(t.name(),
                (t.abbreviation() == null ? "" : t.abbreviation() + " – ") + t.nameVi(), t.name().equals(form.type())))
                .toList());
        model.addAttribute("authorities", List.of("TM.", "KT.", "Q.", "TL.", "TUQ.").stream()
                .map(a -> new Option(a, a, a.equals(form.signingAuthority()))).toList());
        model.addAttribute("recipients", units.effectiveOn(today, Optional.empty()).stream()
                .filter(u -> !u.slug().equals(desk.unit()))
                .map(u -> new Option(u.slug(), Desks.name(u, locale), form.recipientUnits().contains(u.slug())))
                .toList());
        return "documents/outgoingNew";
    }
}
