package org.motcua.feedback.web;

import static org.motcua.feedback.web.ReportForm.blank;
import static org.motcua.feedback.web.ReportForm.number;
import jakarta.servlet.http.HttpServletResponse;
import org.motcua.feedback.Categories;
import org.motcua.feedback.FeedbackIntake;
import org.motcua.feedback.NewReport;
import org.motcua.feedback.Submitted;
import org.motcua.identity.Caller;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hotline 1022 operator types in a phone call on one page with an error summary: category, description, the
 * address and/or the ward picked from a list (coordinates when the caller knows them), the caller's contact if they
 * give it. The report is received on channel HOTLINE with the operator recorded.
 */
@PageController
class HotlineEntryPage {

    private static final Set<String> FIELDS = Set.of("category", "description", "ward", "address", "latitude",
            "longitude", "contactName", "contactPhone", "contactEmail");
    private static final Map<String, String> MODULE_FIELD_KEYS = Map.of(
            "description", "feedback.form.description.missing", "latitude", "feedback.form.point.invalid",
            "longitude", "feedback.form.point.invalid", "ward", "feedback.form.location.missing",
            "contactEmail", "feedback.form.email.invalid", "contactPhone", "feedback.staff.hotline.phone.invalid",
            "address", "feedback.staff.hotline.address.long", "contactName", "feedback.staff.hotline.name.long");

    private final FeedbackIntake intake;
    private final FeedbackCallers callers;
    private final FeedbackStaff staff;
    private final Categories categories;
    private final Units units;
    private final ZoneId zone;

    HotlineEntryPage(FeedbackIntake intake, FeedbackCallers callers, FeedbackStaff staff, Categories categories,
                     Units units, @Value("${motcua.calendar.zone}") ZoneId zone) {
        this.intake = intake;
        this.callers = callers;
        this.staff = staff;
        this.categories = categories;
        this.units = units;
        this.zone = zone;
    }

    @GetMapping("/staff/feedback/hotline")
    String form(Authentication authentication, Locale locale, Model model) {
        operator(authentication);
        return form(ReportForm.empty(), FormErrors.none(), locale, model);
    }

    @PostMapping("/staff/feedback/hotline")
    String submit(ReportForm form, Authentication authentication, Locale locale, Model model,
                  HttpServletResponse response) {
        Caller me = operator(authentication);
        FormErrors errors = form.problems();
        if (errors.any()) {
            response.setStatus(400);
            return form(form, errors, locale, model);
        }
        try {
            Submitted submitted = intake.submitByOperator(new NewReport(form.category(), form.description(),
                    number(form.latitude()), number(form.longitude()), form.address(), form.ward(),
                    form.contactName(), form.contactPhone(), form.contactEmail(), Map.of(), null, null), me, List.of());
            return "redirect:/staff/feedback/" + submitted.id() + "?done=HOTLINE";
        } catch (ProblemException e) {
            response.setStatus(e.code().status().value());
            if (e.code() == ErrorCode.FEEDBACK_CATEGORY_NOT_FOUND) {
                errors.add("category", "feedback.form.category.missing");
            } else if (e.code() == ErrorCode.FEEDBACK_LOCATION_MISSING) {
                errors.add("ward", "feedback.form.location.missing");
            } else {
                for (FieldProblem field : e.errors()) {
                    String key = MODULE_FIELD_KEYS.get(field.field());
                    errors.add(key != null && FIELDS.contains(field.field()) ? field.field() : "description",
                            key != null ? key : "feedback.form.invalid");
                }
                if (!errors.any()) {
                    errors.add("description", "feedback.form.invalid");
                }
            }
            return form(form, errors, locale, model);
        }
    }

    private Caller operator(Authentication authentication) {
        Caller me = callers.of(authentication);
        if (!staff.operator(me)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return me;
    }

    private String form(ReportForm form, FormErrors errors, Locale locale, Model model) {
        boolean english = "en".equals(locale.getLanguage());
        List<Option> categoryOptions = ReportForm.categoryOptions(categories, form.category(), english);
        List<Option> wards = new ArrayList<>();
        for (Unit u : units.effectiveOn(LocalDate.now(zone), Optional.empty())) {
            if (u.type().isWardLevel()) {
                wards.add(new Option(u.slug(), english ? u.nameEn() : u.nameVi(), u.slug().equals(form.ward())));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("categories", categoryOptions);
        model.addAttribute("wards", wards);
        model.addAttribute("errors", errors);
        return "feedback/hotline";
    }



}
