package org.motcua.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.feedback.FeedbackHandling;
import org.motcua.feedback.FeedbackIntake;
import org.motcua.feedback.FeedbackPhotos;
import org.motcua.feedback.FeedbackQueries;
import org.motcua.feedback.FeedbackStatus;
import org.motcua.feedback.Open311Keys;
import org.motcua.feedback.ReportDetail;
import org.motcua.feedback.ReportSummary;
import org.motcua.identity.Caller;
import org.motcua.problem.ProblemException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The handlers' side (login required): the hotline operator's intake, the unit's list and actions, the city's list
 * of escalated reports, and the Open311 API keys.
 */
@RestController
@Tag(name = "Feedback (handling)", description = "1022 feedback: hotline intake, unit inbox and actions, escalation")
class FeedbackController {

    private static final String BASE = "/api/v1/feedback";

    private final FeedbackIntake intake;
    private final FeedbackHandling handling;
    private final FeedbackQueries queries;
    private final FeedbackPhotos photos;
    private final Open311Keys keys;
    private final FeedbackCallers callers;

    FeedbackController(FeedbackIntake intake, FeedbackHandling handling, FeedbackQueries queries,
                       FeedbackPhotos photos, Open311Keys keys, FeedbackCallers callers) {
        this.intake = intake;
        this.handling = handling;
        this.queries = queries;
        this.photos = photos;
        this.keys = keys;
        this.callers = callers;
    }

    @PostMapping(value = BASE + "/hotline/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A hotline 1022 operator types in a call (reception staff of the hotline unit)",
            description = "Demo: so-khoa-hoc-va-cong-nghe.reception. Channel HOTLINE, operator recorded. Without "
                    + "coordinates the operator picks the ward (ward) or gives the address.")
    ResponseEntity<SubmittedView> hotline(@RequestBody ReportBody body, Authentication who) {
        SubmittedView view = SubmittedView.of(intake.submitByOperator(body.toNewReport(), callers.of(who),
                List.of()));
        return ResponseEntity.created(URI.create(BASE + "/reports/" + view.id())).body(view);
    }

    @GetMapping(BASE + "/reports")
    @Operation(summary = "Reports of the caller's units (every unit for the city admin and auditor), newest first")
    List<ReportSummary> inbox(@RequestParam(required = false) FeedbackStatus status,
                              @RequestParam(defaultValue = "false") boolean overdue,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size, Authentication who) {
        return queries.inbox(callers.of(who), status, overdue, Math.max(0, page), Math.max(1, Math.min(size, 200)));
    }

    @GetMapping(BASE + "/reports/{id}")
    @Operation(summary = "A report with the reporter's contact, history, photos and possible duplicates")
    ReportDetail one(@PathVariable long id, Authentication who) {
        return queries.forStaff(id, callers.of(who));
    }

    @GetMapping(BASE + "/reports/{id}/photos/{photoId}")
    @Operation(summary = "A photo of the report or of its answer")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId, Authentication who) {
        queries.forStaff(id, callers.of(who));
        return PublicFeedbackController.photo(photos.content(id, photoId, List.of("REPORT", "ANSWER")));
    }

    @PostMapping(value = BASE + "/reports/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "START, ANSWER (text) or TRANSFER (toUnit, reason)",
            description = "Processors and leaders of the report's unit; the city admin may TRANSFER reports left "
                    + "at the city. 409 feedback-action-not-allowed in a status that does not allow it.")
    ReportDetail act(@PathVariable long id, @RequestBody ActionBody body, Authentication who) {
        Caller caller = callers.of(who);
        String action = body.action() == null ? "" : body.action().toUpperCase(Locale.ROOT);
        switch (action) {
            case "START" -> handling.start(id, caller);
            case "ANSWER" -> handling.answer(id, body.text(), List.of(), caller);
            case "TRANSFER" -> handling.transfer(id, body.toUnit(), body.reason(), caller);
            default -> throw ProblemException.invalidParameter("action", "one of START, ANSWER, TRANSFER");
        }
        return queries.forStaff(id, caller);
    }

    @PostMapping(value = BASE + "/reports/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Answer with photos (multipart: text, photos)")
    ReportDetail answerWithPhotos(@PathVariable long id, @RequestParam(required = false) String text,
                                  @RequestParam(name = "photos", required = false) List<MultipartFile> parts,
                                  Authentication who) {
        Caller caller = callers.of(who);
        handling.answer(id, text, Uploads.photos(parts, photos), caller);
        return queries.forStaff(id, caller);
    }

    @GetMapping(BASE + "/escalated")
    @Operation(summary = "Reports escalated to the city level, still unanswered (city admin and auditor)")
    List<ReportSummary> escalated(@RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "100") int size, Authentication who) {
        return queries.escalated(callers.of(who), Math.max(0, page), Math.max(1, Math.min(size, 500)));
    }

    @GetMapping(BASE + "/open311-keys")
    @Operation(summary = "Open311 API keys (city admin); keys themselves are never shown again")
    List<Open311Keys.KeyInfo> keys(Authentication who) {
        callers.cityAdmin(who);
        return keys.list();
    }

    @PostMapping(value = BASE + "/open311-keys", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an Open311 API key for a client (city admin); the key is shown once")
    ResponseEntity<Open311Keys.NewKey> createKey(@RequestBody Map<String, String> body, Authentication who) {
        Caller admin = callers.cityAdmin(who);
        Open311Keys.NewKey key = keys.create(body.get("name"), admin.id());
        return ResponseEntity.created(URI.create(BASE + "/open311-keys/" + key.id())).body(key);
    }

    @DeleteMapping(BASE + "/open311-keys/{id}")
    @Operation(summary = "Revoke an Open311 API key (city admin)")
    ResponseEntity<Void> revokeKey(@PathVariable long id, Authentication who) {
        keys.revoke(id, callers.cityAdmin(who).id());
        return ResponseEntity.noContent().build();
    }
}
