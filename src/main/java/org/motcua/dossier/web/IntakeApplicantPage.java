package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.dossier.Actor;
import org.motcua.dossier.web.IntakeViews.ApplicantForm;
import org.motcua.registry.BusinessRecord;
import org.motcua.registry.PersonRecord;
import org.motcua.registry.ReadContext;
import org.motcua.registry.Registries;
import org.motcua.registry.RegistryRead;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The applicant at the counter: the official looks the person up in the population registry by personal ID number
 * (and an organisation in the business registry by tax code, for procedures of organisations) — each read logged by
 * the registry gateway with the official as reader and {@code counter-intake:<procedure>} as purpose, exactly like
 * the counter look-up API — sees what was found with its source, and confirms or corrects it. Someone the registry
 * does not know (or a registry that does not answer) is typed by hand, and the pages say the data is not from it.
 */
@PageController
class IntakeApplicantPage {

    static final Pattern PERSONAL_ID = Pattern.compile("^[0-9]{12}$");
    static final Pattern TAX_CODE = Pattern.compile("^[0-9]{10}(-[0-9]{3})?$");
    private static final Pattern PHONE = Pattern.compile("^(\\+84|0)[0-9]{8,10}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final IntakeDesk desk;
    private final Registries registries;

    IntakeApplicantPage(IntakeDesk desk, Registries registries) {
        this.desk = desk;
        this.registries = registries;
    }

    @GetMapping("/staff/intake/{code}/applicant")
    String applicant(@PathVariable String code, @RequestParam(name = "return", required = false) String returnTo,
                     Authentication who, HttpSession session, Locale locale, Model model,
                     HttpServletResponse response) {
        if (desk.official(who) == null) {
            return IntakeDesk.forbidden(response);
        }
        ProcedureDefinition d = desk.procedure(code);
        IntakeDraft draft = IntakeDesk.draft(session, d.code());
        if (draft == null || !draft.procedureDone) {
            return "redirect:/staff/intake/" + d.code();
        }
        model.addAttribute("returnTo", "check".equals(returnTo) ? "check" : "");
        return page(d, draft, FormErrors.none(), locale, model);
    }

    private String page(ProcedureDefinition d, IntakeDraft draft, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("intake", IntakeDesk.context(d, locale));
        model.addAttribute("applicant", new ApplicantForm(draft.personalId, draft.taxCode, draft.fullName,
                draft.dateOfBirth, draft.phone, draft.email, draft.address, IntakeDesk.forOrganisations(d)));
        model.addAttribute("personSource", draft.personSource);
        model.addAttribute("businessSource", draft.businessSource);
        model.addAttribute("readAt", draft.readAt);
        model.addAttribute("outcomeKey", draft.lookupOutcome == null ? null
                : "dossier.intake.applicant.outcome." + draft.lookupOutcome);
        model.addAttribute("errors", errors);
        return "dossier/intakeApplicant";
    }

    @PostMapping("/staff/intake/{code}/applicant")
    String answered(@PathVariable String code, @RequestParam Map<String, String> given,
                    Authentication who, HttpSession session, Locale locale, Model model,
                    HttpServletResponse response) {
        Actor me = desk.official(who);
        if (me == null) {
            return IntakeDesk.forbidden(response);
        }
        ProcedureDefinition d = desk.procedure(code);
        IntakeDraft draft = IntakeDesk.draft(session, d.code());
        if (draft == null || !draft.procedureDone) {
            return "redirect:/staff/intake/" + d.code();
        }
        boolean organisations = IntakeDesk.forOrganisations(d);
        // what was typed is kept in the draft first: an error or a look-up never loses it
        String personalId = value(given, "personalId").replace(" ", "");
        String taxCode = organisations ? value(given, "taxCode").replace(" ", "") : "";
        if (!personalId.equals(draft.lookedUpId) || !taxCode.equals(draft.lookedUpTaxCode == null ? ""
                : draft.lookedUpTaxCode)) {
            // another number: what the registry said about the previous one is no longer the source
            draft.personSource = null;
            draft.businessSource = null;
            draft.lookupOutcome = null;
            draft.fromRegistry.clear();
        }
        draft.personalId = personalId;
        draft.taxCode = taxCode;
        draft.fullName = value(given, "fullName");
        draft.dateOfBirth = value(given, "dateOfBirth");
        draft.phone = value(given, "phone");
        draft.email = value(given, "email");
        draft.address = value(given, "address");
        FormErrors errors = FormErrors.none();
        if ("lookup".equals(given.get("op"))) {
            if (personalId.isEmpty() && taxCode.isEmpty()) {
                errors.add("personalId", "dossier.intake.applicant.id.missing");
            }
            if (!personalId.isEmpty() && !PERSONAL_ID.matcher(personalId).matches()) {
                errors.add("personalId", "dossier.intake.applicant.id.format");
            }
            if (!taxCode.isEmpty() && !TAX_CODE.matcher(taxCode).matches()) {
                errors.add("taxCode", "dossier.intake.applicant.tax.format");
            }
            if (!errors.any()) {
                lookUp(d, draft, me);
                IntakeDesk.save(session, draft);
                return "redirect:/staff/intake/" + d.code() + "/applicant"
                        + ("check".equals(given.get("return")) ? "?return=check" : "") + "#lookup-result";
            }
        } else {
            validate(draft, organisations, errors);
            if (!errors.any()) {
                draft.applicantDone = true;
                IntakeDesk.save(session, draft);
                return "redirect:/staff/intake/" + d.code() + ("check".equals(given.get("return")) ? "/check"
                        : "/form");
            }
        }
        draft.applicantDone = false;
        IntakeDesk.save(session, draft);
        response.setStatus(400);
        model.addAttribute("returnTo", "check".equals(given.get("return")) ? "check" : "");
        return page(d, draft, errors, locale, model);
    }

    /** Reads the registries as the counter look-up API does: the official reads, for a stated purpose, logged. */
    private void lookUp(ProcedureDefinition d, IntakeDraft draft, Actor me) {
        String purpose = "counter-intake:" + d.code();
        draft.lookupOutcome = null;
        draft.personSource = null;
        draft.businessSource = null;
        draft.readAt = null;
        draft.fromRegistry.clear();
        draft.lookedUpTaxCode = draft.taxCode;
        draft.lookedUpId = draft.personalId;
        if (!draft.personalId.isEmpty()) {
            RegistryRead<PersonRecord> read = registries.person(draft.personalId, ReadContext.staff(me.id(), purpose,
                    "personalId", "fullName", "birthDate", "currentResidence", "permanentResidence"));
            if (read instanceof RegistryRead.Found<PersonRecord> found) {
                PersonRecord p = found.value();
                draft.fullName = p.fullName();
                draft.dateOfBirth = p.birthDate() == null ? "" : DATE.format(p.birthDate());
                String residence = p.currentResidence() != null ? p.currentResidence() : p.permanentResidence();
                draft.address = residence == null ? draft.address : residence;
                draft.personSource = found.source();
                draft.readAt = TIME.format(found.readAt().atZone(ZONE));
                draft.fromRegistry.put("fullName", draft.fullName);
                draft.fromRegistry.put("dateOfBirth", draft.dateOfBirth);
                draft.fromRegistry.put("address", draft.address);
            } else {
                draft.lookupOutcome = read instanceof RegistryRead.NotFound<?> ? "NOT_FOUND" : "UNAVAILABLE";
            }
        }
        if (!draft.taxCode.isEmpty()) {
            RegistryRead<BusinessRecord> read = registries.business(draft.taxCode, ReadContext.staff(me.id(), purpose,
                    "taxCode", "name", "address", "representativeName"));
            if (read instanceof RegistryRead.Found<BusinessRecord> found) {
                BusinessRecord b = found.value();
                draft.businessName = b.name();
                draft.businessSource = found.source();
                if (draft.personSource == null && b.representativeName() != null) {
                    draft.fullName = b.representativeName();
                    draft.fromRegistry.put("fullName", draft.fullName);
                }
                if (b.address() != null) {
                    draft.address = b.address();
                    draft.fromRegistry.put("address", draft.address);
                }
                draft.readAt = TIME.format(found.readAt().atZone(ZONE));
            } else if (draft.lookupOutcome == null) {
                draft.lookupOutcome = read instanceof RegistryRead.NotFound<?> ? "NOT_FOUND" : "UNAVAILABLE";
            }
        }
    }

    private static void validate(IntakeDraft draft, boolean organisations, FormErrors errors) {
        if (draft.personalId.isEmpty() && (!organisations || draft.taxCode.isEmpty())) {
            errors.add("personalId", "dossier.intake.applicant.id.missing");
        } else if (!draft.personalId.isEmpty() && !PERSONAL_ID.matcher(draft.personalId).matches()) {
            errors.add("personalId", "dossier.intake.applicant.id.format");
        }
        if (!draft.taxCode.isEmpty() && !TAX_CODE.matcher(draft.taxCode).matches()) {
            errors.add("taxCode", "dossier.intake.applicant.tax.format");
        }
        if (draft.fullName.isEmpty()) {
            errors.add("fullName", "dossier.intake.applicant.name.missing");
        } else if (draft.fullName.length() > 200) {
            errors.add("fullName", "dossier.intake.applicant.name.long");
        }
        if (!draft.dateOfBirth.isEmpty()) {
            LocalDate born = FormQuestions.date(draft.dateOfBirth);
            if (born == null || born.isAfter(LocalDate.now(ZONE)) || born.getYear() < 1900) {
                errors.add("dateOfBirth", "dossier.intake.applicant.dob.format");
            }
        }
        if (!draft.phone.isEmpty() && !PHONE.matcher(draft.phone.replace(" ", "")).matches()) {
            errors.add("phone", "dossier.intake.applicant.phone.format");
        }
        if (!draft.email.isEmpty() && (draft.email.length() > 254 || !EMAIL.matcher(draft.email).matches())) {
            errors.add("email", "dossier.intake.applicant.email.format");
        }
        if (draft.address.length() > 500) {
            errors.add("address", "dossier.intake.applicant.address.long");
        }
    }

    private static String value(Map<String, String> given, String name) {
        String v = given.get(name);
        return v == null ? "" : v.strip();
    }
}
