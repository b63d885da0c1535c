package org.motcua.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.feedback.Categories;
import org.motcua.feedback.FeedbackHandling;
import org.motcua.feedback.FeedbackPhotos;
import org.motcua.feedback.FeedbackQueries;
import org.motcua.feedback.Photo;
import org.motcua.feedback.ReportDetail;
import org.motcua.identity.Caller;
import org.motcua.organization.Units;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A report for its staff, and the actions their role allows, each a small form posted here: start handling, answer
 * (text required, optional photos) and transfer (unit from a list, reason required). Required fields are checked first;
 * what the feedback module refuses (403 not theirs to handle, 409 not in this status or changed meanwhile, 413/415 a
 * photo) comes back as the page's error summary. A report the official may not read is "not found".
 */
@PageController
class StaffFeedbackReportPage {

    private static final Logger log = LoggerFactory.getLogger(StaffFeedbackReportPage.class);
    private static final Set<String> ACTIONS = Set.of("START", "ANSWER", "TRANSFER", "HOTLINE");

    private final FeedbackQueries queries;
    private final FeedbackHandling handling;
    private final FeedbackPhotos photos;
    private final FeedbackCallers callers;
    private final FeedbackStaff staff;
    private final Categories categories;
    private final Units units;
    private final ZoneId zone;
    private final Clock clock;

    StaffFeedbackReportPage(FeedbackQueries queries, FeedbackHandling handling, FeedbackPhotos photos,
                            FeedbackCallers callers, FeedbackStaff staff, Categories categories, Units units,
                            @Value("${motcua.calendar.zone}") ZoneId zone, Optional<Clock> clock) {
        this.queries = queries;
        this.handling = handling;
        this.photos = photos;
        this.callers = callers;
        this.staff = staff;
        this.categories = categories;
        this.units = units;
        this.zone = zone;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/staff/feedback/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String done, Authentication authentication,
                Locale locale, Model model) {
        Caller me = callers.of(authentication);
        ReportDetail detail = readable(id, me);
        render(detail, me, locale, model, FormErrors.none(), "", "", "");
        model.addAttribute("doneKey", done != null && ACTIONS.contains(done) ? "feedback.staff.done." + done : null);
        return "feedback/staffReport";
    }

    @PostMapping("/staff/feedback/{id}/start")
    String start(@PathVariable String id, Authentication authentication, Locale locale, Model model,
                 HttpServletResponse response) {
        Caller me = callers.of(authentication);
        long reportId = readable(id, me).report().id();
        FormErrors errors = FormErrors.none();
        try {
            handling.start(reportId, me);
            return "redirect:/staff/feedback/" + reportId + "?done=START";
        } catch (ProblemException problem) {
            explain(problem, "start", errors, response);
        }
        return again(reportId, me, locale, model, errors, "", "", "");
    }

    @PostMapping("/staff/feedback/{id}/answer")
    String answer(@PathVariable String id, @RequestParam(required = false) String text,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> parts,
                  Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Caller me = callers.of(authentication);
        long reportId = readable(id, me).report().id();
        String answer = text == null ? "" : text.strip();
        FormErrors errors = FormErrors.none();
        if (answer.isEmpty()) {
            errors.add("answer-text", "feedback.staff.error.answer-missing");
        } else if (answer.length() > 4000) {
            errors.add("answer-text", "feedback.staff.error.answer-long");
        }
        if (errors.any()) {
            response.setStatus(400);
            return again(reportId, me, locale, model, errors, answer, "", "");
        }
        try {
            List<Photo> checked = Uploads.photos(parts, photos);
            handling.answer(reportId, answer, checked, me);
            return "redirect:/staff/feedback/" + reportId + "?done=ANSWER";
        } catch (ProblemException problem) {
            explain(problem, "answer", errors, response);
        }
        return again(reportId, me, locale, model, errors, answer, "", "");
    }

    @PostMapping("/staff/feedback/{id}/transfer")
    String transfer(@PathVariable String id, @RequestParam(required = false) String toUnit,
                    @RequestParam(required = false) String reason, Authentication authentication, Locale locale,
                    Model model, HttpServletResponse response) {
        Caller me = callers.of(authentication);
        long reportId = readable(id, me).report().id();
        String unit = toUnit == null ? "" : toUnit.strip();
        String why = reason == null ? "" : reason.strip();
        FormErrors errors = FormErrors.none();
        if (unit.isEmpty()) {
            errors.add("transfer-toUnit", "feedback.staff.error.to-unit-missing");
        } else if (units.find(unit).filter(u -> staff.handlesFeedback(u.slug())).isEmpty()) {
            errors.add("transfer-toUnit", "feedback.staff.error.to-unit-unknown");
        }
        if (why.isEmpty()) {
            errors.add("transfer-reason", "feedback.staff.error.reason-missing");
        } else if (why.length() > 2000) {
            errors.add("transfer-reason", "feedback.staff.error.reason-long");
        }
        if (errors.any()) {
            response.setStatus(400);
            return again(reportId, me, locale, model, errors, "", unit, why);
        }
        try {
            handling.transfer(reportId, unit, why, me);
            return "redirect:/staff/feedback/" + reportId + "?done=TRANSFER";
        } catch (ProblemException problem) {
            explain(problem, "transfer", errors, response);
        }
        return again(reportId, me, locale, model, errors, "", unit, why);
    }

    @GetMapping("/staff/feedback/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable long photoId, Authentication authentication) {
        long reportId = readable(id, callers.of(authentication)).report().id();
        Photo p = photos.content(reportId, photoId, List.of("REPORT", "ANSWER"))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").body(p.content());
    }

    /** The report if the official may read it; any other report, or one that does not exist, is "not found". */
    private ReportDetail readable(String id, Caller me) {
        long reportId = StaffFeedbackInboxPage.number(id).map(Integer::longValue)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            return queries.forStaff(reportId, me);
        } catch (ProblemException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String again(long id, Caller me, Locale locale, Model model, FormErrors errors, String answer,
                         String toUnit, String reason) {
        ReportDetail detail;
        try {
            detail = queries.forStaff(id, me);
        } catch (ProblemException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        render(detail, me, locale, model, errors, answer, toUnit, reason);
        model.addAttribute("doneKey", null);
        return "feedback/staffReport";
    }

    private void render(ReportDetail detail, Caller me, Locale locale, Model model, FormErrors errors,
                        String answer, String toUnit, String reason) {
        boolean english = "en".equals(locale.getLanguage());
        String unit = detail.report().unit();
        String category = categories.find(detail.report().category())
                .map(c -> StaffFeedbackInboxPage.name(c, english)).orElse(detail.report().category());
        StaffReportView view = StaffReportView.of(detail, category, slug -> unitName(slug, english),
                staff.seesContact(me, unit, detail.operator()), staff.handles(me, unit), staff.cityAdmin(me),
                clock.instant(), zone);
        model.addAttribute("report", view);
        model.addAttribute("errors", errors);
        model.addAttribute("answer", answer);
        model.addAttribute("reason", reason);
        model.addAttribute("unitOptions", !view.canTransfer() ? List.of()
                : units.effectiveOn(LocalDate.now(zone), Optional.empty()).stream()
                .filter(u -> staff.handlesFeedback(u.slug()) && !u.slug().equals(unit))
                .map(u -> new Option(u.slug(), english ? u.nameEn() : u.nameVi(), u.slug().equals(toUnit)))
                .toList());
        model.addAttribute("back", staff.hasInbox(me) ? "/staff/feedback" : "/staff/feedback/city");
    }

    private String unitName(String slug, boolean english) {
        return units.find(slug).map(u -> english ? u.nameEn() : u.nameVi()).orElse(slug);
    }

    /** Puts the feedback module's refusal into the error summary: on the field it names, else on the action. */
    private static void explain(ProblemException problem, String action, FormErrors errors,
                                HttpServletResponse response) {
        ErrorCode code = problem.code();
        response.setStatus(code.status().value());
        if (code == ErrorCode.FEEDBACK_REPORT_NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (code == ErrorCode.FILE_TOO_LARGE) {
            errors.add("answer-photos", "feedback.staff.error.photo-large");
        } else if (code == ErrorCode.UNSUPPORTED_FILE_TYPE) {
            errors.add("answer-photos", "feedback.staff.error.photo-type");
        } else if (code == ErrorCode.INVALID_PARAMETER && !problem.errors().isEmpty()) {
            for (FieldProblem field : problem.errors()) {
                switch (field.field()) {
                    case "text" -> errors.add("answer-text", "feedback.staff.error.answer-missing");
                    case "photos" -> errors.add("answer-photos", "feedback.staff.error.photo-many");
                    case "reason" -> errors.add("transfer-reason", "feedback.staff.error.reason-missing");
                    case "toUnit" -> errors.add("transfer-toUnit", "feedback.staff.error.to-unit-unknown");
                    default -> errors.add("action-" + action, "feedback.staff.error.other");
                }
            }
        } else if (code == ErrorCode.FEEDBACK_ACTION_NOT_ALLOWED) {
            errors.add("action-" + action, "feedback.staff.error.status");
        } else if (code == ErrorCode.FORBIDDEN) {
            errors.add("action-" + action, "feedback.staff.error.forbidden");
        } else if (code == ErrorCode.CONFLICT) {
            errors.add("action-" + action, "feedback.staff.error.conflict");
        } else {
            log.warn("Feedback staff action {} refused: {} {}", action, code, problem.getMessage());
            errors.add("action-" + action, "feedback.staff.error.other");
        }
    }
}
