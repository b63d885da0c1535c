package org.motcua.feedback.web;

import static org.motcua.feedback.web.ReportForm.blank;
import static org.motcua.feedback.web.ReportForm.number;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.motcua.feedback.Categories;
import org.motcua.feedback.FeedbackChannel;
import org.motcua.feedback.FeedbackIntake;
import org.motcua.feedback.FeedbackPhotos;
import org.motcua.feedback.FeedbackQueries;
import org.motcua.feedback.FeedbackStatus;
import org.motcua.feedback.NewReport;
import org.motcua.feedback.Photo;
import org.motcua.feedback.PublicReport;
import org.motcua.feedback.ReportDetail;
import org.motcua.feedback.Submitted;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.motcua.web.TagColour;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The citizen's pages of 1022 feedback: the public list of reports and answers (no personal data), the report form,
 * and the reporter's private page behind the follow link.
 */
@PageController
class FeedbackPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final FeedbackIntake intake;
    private final FeedbackQueries queries;
    private final FeedbackPhotos photos;
    private final Categories categories;
    private final Units units;
    private final SubmissionRateLimiter limiter;
    private final ZoneId zone;

    FeedbackPages(FeedbackIntake intake, FeedbackQueries queries, FeedbackPhotos photos, Categories categories,
                  Units units, SubmissionRateLimiter limiter, @Value("${motcua.calendar.zone}") ZoneId zone) {
        this.intake = intake;
        this.queries = queries;
        this.photos = photos;
        this.categories = categories;
        this.units = units;
        this.limiter = limiter;
        this.zone = zone;
    }

    @GetMapping("/feedback")
    String list(Locale locale, Model model) {
        model.addAttribute("reports", queries.publicList(null, null, null, 0, 50).stream()
                .map(r -> line(r, locale)).toList());
        return "feedback/list";
    }

    /** One report as anyone sees it (no contact), e.g. from the link in the reporter's e-mail or SMS. */
    @GetMapping("/feedback/{id}")
    String one(@PathVariable String id, Locale locale, Model model) {
        PublicReport report;
        try {
            report = queries.publicOne(Long.parseLong(id));
        } catch (NumberFormatException | ProblemException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("report", line(report, locale));
        return "feedback/report";
    }

    @GetMapping("/feedback/new")
    String form(Locale locale, Model model) {
        return form(ReportForm.empty(), FormErrors.none(), locale, model);
    }

    @PostMapping("/feedback/new")
    String submit(ReportForm form, @RequestParam(name = "photos", required = false) List<MultipartFile> parts,
                  Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        FormErrors errors = form.problems();
        List<Photo> checked = List.of();
        if (!errors.any()) {
            try {
                checked = Uploads.photos(parts, photos);
                if (checked.size() > 5) {
                    errors.add("photos", "feedback.form.photos.many");
                }
            } catch (ProblemException e) {
                errors.add("photos", e.code() == ErrorCode.FILE_TOO_LARGE ? "feedback.form.photos.large"
                        : "feedback.form.photos.type");
            }
        }
        if (!errors.any() && limiter.acquire("web|address:" + request.getRemoteAddr()) > 0) {
            errors.add("description", "feedback.form.too-many");
            response.setStatus(429);
            return form(form, errors, locale, model);
        }
        if (errors.any()) {
            response.setStatus(400);
            return form(form, errors, locale, model);
        }
        Submitted submitted;
        try {
            submitted = intake.submit(new NewReport(form.category(), form.description(),
                    number(form.latitude()), number(form.longitude()), form.address(), form.ward(), form.contactName(),
                    form.contactPhone(), form.contactEmail(), Map.of(), null, null), FeedbackChannel.WEB, null, null,
                    checked);
        } catch (ProblemException e) {
            String field = e.errors().isEmpty() ? "description" : e.errors().get(0).field();
            errors.add(List.of("category", "description", "ward", "latitude", "contactEmail").contains(field)
                    ? field : "description", "feedback.form.invalid");
            response.setStatus(400);
            return form(form, errors, locale, model);
        }
        return "redirect:/feedback/follow/" + submitted.followToken() + "?sent";
    }

    @GetMapping("/feedback/follow/{token}")
    String follow(@PathVariable String token, @RequestParam(required = false) String sent, Locale locale,
                  Model model) {
        ReportDetail detail;
        try {
            detail = queries.forReporter(token);
        } catch (ProblemException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("report", line(detail.report(), locale));
        model.addAttribute("sent", sent != null);
        model.addAttribute("followUrl", "/feedback/follow/" + token);
        return "feedback/follow";
    }

    private String form(ReportForm form, FormErrors errors, Locale locale, Model model) {
        boolean english = "en".equals(locale.getLanguage());
        List<Option> categoryOptions = ReportForm.categoryOptions(categories, form.category(), english);
        List<Option> wards = new ArrayList<>();
        for (Unit u : units.effectiveOn(LocalDate.now(zone), Optional.empty())) {
            if (u.type().isWardLevel()) {
                wards.add(new Option(u.slug(), u.nameVi(), u.slug().equals(form.ward())));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("categories", categoryOptions);
        model.addAttribute("wards", wards);
        model.addAttribute("errors", errors);
        return "feedback/new";
    }


    private ReportLine line(PublicReport r, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String category = categories.find(r.category()).map(c -> english ? c.nameEn() : c.nameVi())
                .orElse(r.category());
        return new ReportLine(r.id(), category, "feedback.status." + r.status().name(), colour(r.status()),
                r.unitName(), when(r.receivedAt()), when(r.dueAt()), r.description(), r.answer(),
                when(r.answeredAt()));
    }

    private static TagColour colour(FeedbackStatus status) {
        switch (status) {
            case ANSWERED:
                return TagColour.GREEN;
            case CLOSED:
                return TagColour.GREY;
            default:
                return TagColour.BLUE;
        }
    }

    private String when(Instant at) {
        return at == null ? null : WHEN.format(at.atZone(zone));
    }


}
