package org.motcua.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.motcua.feedback.Categories;
import org.motcua.feedback.Category;
import org.motcua.feedback.FeedbackChannel;
import org.motcua.feedback.FeedbackHandling;
import org.motcua.feedback.FeedbackIntake;
import org.motcua.feedback.FeedbackPhotos;
import org.motcua.feedback.FeedbackQueries;
import org.motcua.feedback.FeedbackStatus;
import org.motcua.feedback.NewReport;
import org.motcua.feedback.Photo;
import org.motcua.feedback.PublicReport;
import org.motcua.feedback.ReportDetail;
import org.motcua.identity.Caller;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reporter's side, no login needed: categories, submitting a report (JSON, or multipart with photos), the public
 * list and page of each report (no personal data), possible duplicates, and the private follow link (view, accept,
 * reopen, rate). A logged-in citizen's reports carry their identity; nobody else sees it.
 */
@RestController
@Tag(name = "Feedback (public)", description = "1022 feedback: report a problem, follow it, see every report's answer")
class PublicFeedbackController {

    private static final String BASE = "/api/v1/feedback/public";

    private final FeedbackIntake intake;
    private final FeedbackHandling handling;
    private final FeedbackQueries queries;
    private final FeedbackPhotos photos;
    private final Categories categories;
    private final FeedbackCallers callers;
    private final SubmissionRateLimiter limiter;

    PublicFeedbackController(FeedbackIntake intake, FeedbackHandling handling, FeedbackQueries queries,
                             FeedbackPhotos photos, Categories categories, FeedbackCallers callers,
                             SubmissionRateLimiter limiter) {
        this.intake = intake;
        this.handling = handling;
        this.queries = queries;
        this.photos = photos;
        this.categories = categories;
        this.callers = callers;
        this.limiter = limiter;
    }

    @GetMapping(BASE + "/categories")
    @Operation(summary = "The category tree: groups and the leaves reports are filed under, with their deadlines",
            description = "workingDays is the handling deadline; responsibleUnit names the city department of a "
                    + "city-wide category (absent: the ward where it happened handles it).")
    List<Category> categories() {
        return categories.all();
    }

    @PostMapping(value = BASE + "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report a problem (JSON, no photos)",
            description = "Anonymous or logged in. Answered with the private follow link (keep it: it is shown once) "
                    + "and possible duplicates. No location at all → 400 feedback-location-missing; unknown "
                    + "category → 404; a burst from one client → 429 with Retry-After.")
    ResponseEntity<SubmittedView> submit(@RequestBody ReportBody body, Authentication who,
                                         HttpServletRequest request) {
        return submit(body.toNewReport(), List.of(), who, request);
    }

    @PostMapping(value = BASE + "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report a problem with up to 5 photos (multipart form)",
            description = "Fields as in the JSON form (attributes as attribute[code]); photos in parts named photos: "
                    + "JPEG or PNG by content (else 415), each at most the configured size (else 413). Location "
                    + "metadata (Exif GPS) is removed before anything is stored.")
    ResponseEntity<SubmittedView> submitWithPhotos(@RequestParam Map<String, String> fields,
                                                   @RequestParam(name = "photos", required = false)
                                                   List<MultipartFile> parts,
                                                   Authentication who, HttpServletRequest request) {
        NewReport report = new NewReport(fields.get("category"), fields.get("description"),
                number(fields, "latitude"), number(fields, "longitude"), fields.get("address"), fields.get("ward"),
                fields.get("contactName"), fields.get("contactPhone"), fields.get("contactEmail"),
                Open311Controller.attributes(fields), null, null);
        throttle(who, request);
        return created(report, Uploads.photos(parts, photos), who);
    }

    private ResponseEntity<SubmittedView> submit(NewReport report, List<Photo> checked, Authentication who,
                                                 HttpServletRequest request) {
        throttle(who, request);
        return created(report, checked, who);
    }

    private ResponseEntity<SubmittedView> created(NewReport report, List<Photo> checked, Authentication who) {
        Optional<Caller> caller = callers.optional(who);
        String subject = caller.filter(c -> c.kind() == Caller.Kind.CITIZEN)
                .map(c -> c.citizen() != null && c.citizen().subject() != null ? c.citizen().subject() : c.id())
                .orElse(null);
        SubmittedView view = SubmittedView.of(intake.submit(report, FeedbackChannel.WEB, subject, null, checked));
        return ResponseEntity.created(URI.create(BASE + "/reports/" + view.id())).body(view);
    }

    private void throttle(Authentication who, HttpServletRequest request) {
        String client = callers.optional(who).map(c -> "account:" + c.id())
                .orElse("address:" + request.getRemoteAddr());
        long wait = limiter.acquire("web|" + client);
        if (wait > 0) {
            throw new TooManyReports(wait);
        }
    }

    @GetMapping(BASE + "/reports")
    @Operation(summary = "Every report, newest first, without personal data: status, unit and answer")
    List<PublicReport> list(@RequestParam(required = false) FeedbackStatus status,
                            @RequestParam(required = false) String category,
                            @RequestParam(required = false) String unit,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
        return queries.publicList(status, category, unit, Math.max(0, page), Math.max(1, Math.min(size, 200)));
    }

    @GetMapping(BASE + "/reports/{id}")
    @Operation(summary = "One report without personal data")
    PublicReport one(@PathVariable long id) {
        return queries.publicOne(id);
    }

    @GetMapping(BASE + "/reports/{id}/photos/{photoId}")
    @Operation(summary = "A photo of a report's answer (the reporter's own photos are shown to the unit and the "
            + "reporter only)")
    ResponseEntity<byte[]> answerPhoto(@PathVariable long id, @PathVariable long photoId) {
        return photo(photos.content(id, photoId, List.of("ANSWER")));
    }

    @GetMapping(BASE + "/duplicates")
    @Operation(summary = "Open reports of the category near a point (shown before submitting)")
    Map<String, List<Long>> duplicates(@RequestParam String category, @RequestParam double latitude,
                                       @RequestParam double longitude) {
        return Map.of("possibleDuplicates", queries.possibleDuplicates(category, latitude, longitude));
    }

    @GetMapping(BASE + "/follow/{token}")
    @Operation(summary = "The reporter's private view of their report: history, photos, possible duplicates")
    ReportDetail follow(@PathVariable String token) {
        return queries.forReporter(token);
    }

    @GetMapping(BASE + "/follow/{token}/photos/{photoId}")
    @Operation(summary = "A photo of the reporter's report or of its answer")
    ResponseEntity<byte[]> followPhoto(@PathVariable String token, @PathVariable long photoId) {
        return photo(photos.content(queries.idOf(token), photoId, List.of("REPORT", "ANSWER")));
    }

    @PostMapping(BASE + "/follow/{token}/accept")
    @Operation(summary = "The reporter is satisfied with the answer: the report is closed")
    ReportDetail accept(@PathVariable String token) {
        handling.accept(token);
        return queries.forReporter(token);
    }

    @PostMapping(BASE + "/follow/{token}/reopen")
    @Operation(summary = "Reopen the answer with a reason, within the configured period after it")
    ReportDetail reopen(@PathVariable String token, @RequestBody Map<String, String> body) {
        handling.reopen(token, body.get("reason"));
        return queries.forReporter(token);
    }

    @PostMapping(BASE + "/follow/{token}/rating")
    @Operation(summary = "Rate the answer from 1 (bad) to 5 (very good), with an optional comment")
    ReportDetail rate(@PathVariable String token, @RequestBody RatingBody body) {
        if (body.rating() == null) {
            throw ProblemException.invalidParameter("rating", "is required (1 to 5)");
        }
        handling.rate(token, body.rating(), body.comment());
        return queries.forReporter(token);
    }

    record RatingBody(Integer rating, String comment) {
    }

    static ResponseEntity<byte[]> photo(Optional<Photo> photo) {
        Photo p = photo.orElseThrow(() -> new ProblemException(ErrorCode.NOT_FOUND, "No such photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").body(p.content());
    }

    private static Double number(Map<String, String> fields, String name) {
        String v = fields.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "must be a number");
        }
    }
}
