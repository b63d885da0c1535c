package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.ActionRequest;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierActions;
import org.motcua.dossier.DossierQueries;
import org.motcua.dossier.DossierRatings;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierUploads;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.HistoryEntry;
import org.motcua.dossier.Rating;
import org.motcua.dossier.StoredFile;
import org.motcua.dossier.web.MyDossierViews.Details;
import org.motcua.dossier.web.MyDossierViews.Download;
import org.motcua.dossier.web.MyDossierViews.DraftLine;
import org.motcua.dossier.web.MyDossierViews.Event;
import org.motcua.dossier.web.MyDossierViews.Line;
import org.motcua.dossier.web.MyDossierViews.SupplementRequest;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "My dossiers" (hồ sơ của tôi): the list with each status, and each dossier with its timeline in plain language, the
 * date for the result, the supplement asked for (upload and resubmit), fees to pay, results to download and, after
 * the result, the satisfaction rating.
 */
@PageController
class MyDossierPages {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu");

    private final DossierQueries queries;
    private final DossierRatings ratings;
    private final DossierActions actions;
    private final DossierUploads uploads;
    private final Actors actors;
    private final MessageSource messages;
    private final ApplicationDrafts drafts;
    private final Catalog catalog;

    MyDossierPages(DossierQueries queries, DossierRatings ratings, DossierActions actions, DossierUploads uploads,
                   Actors actors, MessageSource messages, ApplicationDrafts drafts, Catalog catalog) {
        this.queries = queries;
        this.ratings = ratings;
        this.actions = actions;
        this.uploads = uploads;
        this.actors = actors;
        this.messages = messages;
        this.drafts = drafts;
        this.catalog = catalog;
    }

    @GetMapping("/my/dossiers")
    String list(Authentication who, Locale locale, Model model) {
        boolean en = english(locale);
        model.addAttribute("dossiers", ratings.mine(actors.of(who)).stream().map(d -> new Line(d.code(),
                en ? d.procedureNameEn() : d.procedureNameVi(), en ? d.status().nameEn() : d.status().nameVi(),
                StatusColours.of(d.status()), date(d.submittedAt()))).toList());
        // applications started and not sent, to go on with
        model.addAttribute("drafts", drafts.started(actors.of(who)).stream().map(draft -> {
            var offered = catalog.findCurrent(draft.procedureCode());
            return new DraftLine("/apply/" + draft.procedureCode() + (offered.isPresent() ? "" : "/discard"),
                    offered.map(v -> en ? v.definition().name().en() : v.definition().name().vi())
                            .orElse(draft.procedureCode()),
                    date(draft.updatedAt()), date(draft.updatedAt().plus(drafts.keep())));
        }).toList());
        return "dossier/myDossiers";
    }

    @GetMapping("/my/dossiers/{code}")
    String dossier(@PathVariable String code, Authentication who, Locale locale, Model model) {
        return page(code, actors.of(who), FormErrors.none(), "", locale, model);
    }

    private String page(String code, Actor actor, FormErrors errors, String comment, Locale locale, Model model) {
        DossierView d = queries.view(code, actor);
        boolean en = english(locale);
        DossierStatus status = d.status().state();
        SupplementRequest supplement = null;
        if (status == DossierStatus.SUPPLEMENT_REQUESTED) {
            HistoryEntry asked = d.history().stream().filter(h -> h.action() == DossierAction.REQUEST_SUPPLEMENT)
                    .reduce((a, b) -> b).orElse(null);
            List<String> missing = new ArrayList<>();
            if (asked != null && asked.details().get("missing") instanceof List<?>) {
                ((List<?>) asked.details().get("missing")).forEach(m -> missing.add(String.valueOf(m)));
            }
            supplement = new SupplementRequest(asked == null ? "" : asked.note(), missing);
        }
        boolean owes = d.feesDueVnd() > 0 && !d.feePaidOnline() && !status.ended();
        List<Download> results = new ArrayList<>();
        for (int i = 0; i < d.resultFiles().size(); i++) {
            results.add(new Download(messages.getMessage("dossier.my.result.file", new Object[] {i + 1}, locale),
                    "/api/v1/dossiers/" + d.code() + "/files/" + d.resultFiles().get(i)));
        }
        boolean resultReady = status == DossierStatus.FINISHED || status == DossierStatus.RESULT_RETURNED;
        Optional<Rating> rating = resultReady ? ratings.find(code, actor) : Optional.empty();
        List<Event> timeline = new ArrayList<>();
        for (HistoryEntry h : d.history()) {
            String text = messages.getMessage("dossier.my.history." + h.action().name(), null,
                    en ? h.toStatus().nameEn() : h.toStatus().nameVi(), locale);
            boolean publicNote = h.action() == DossierAction.REQUEST_SUPPLEMENT || h.action() == DossierAction.REFUSE
                    || h.action() == DossierAction.STOP || h.action() == DossierAction.APOLOGIZE;
            timeline.add(new Event(DATE_TIME.format(h.at().atZone(ZONE)), text, publicNote ? h.note() : null));
        }
        model.addAttribute("dossier", new Details(d.code(), en ? d.procedure().nameEn() : d.procedure().name(),
                en ? d.status().nameEn() : d.status().name(), StatusColours.of(status), date(d.submittedAt()),
                status.ended() ? null : date(d.appointmentAt()), supplement,
                owes ? FeeRows.vnd(d.feesDueVnd()) : null, owes && status != DossierStatus.SUBMITTED
                || owes && d.feeAtSubmission(), results, resultReady && rating.isEmpty(),
                rating.map(Rating::score).orElse(null), rating.map(Rating::comment).orElse(null), timeline,
                d.receivedAt() == null ? null : "/api/v1/dossiers/" + d.code() + "/forms/01"));
        model.addAttribute("errors", errors);
        model.addAttribute("comment", comment);
        return "dossier/myDossier";
    }

    @PostMapping("/my/dossiers/{code}/rating")
    String rate(@PathVariable String code, @RequestParam(required = false) String score,
                @RequestParam(required = false) String comment, Authentication who, Locale locale, Model model,
                HttpServletResponse response) {
        Actor actor = actors.of(who);
        FormErrors errors = FormErrors.none();
        Integer value = score == null || !score.matches("[1-5]") ? null : Integer.valueOf(score);
        if (value == null) {
            errors.add("score", "dossier.my.rating.score.missing");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.codePointCount(0, text.length()) > 1000) {
            errors.add("comment", "dossier.my.rating.comment.too-long");
        }
        if (errors.any()) {
            response.setStatus(400);
            return page(code, actor, errors, text, locale, model);
        }
        ratings.rate(code, actor, value, text);
        return "redirect:/my/dossiers/" + code + "#rating";
    }

    @PostMapping("/my/dossiers/{code}/supplement")
    String supplement(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
                      @RequestParam(required = false) String note, Authentication who, Locale locale, Model model,
                      HttpServletResponse response) throws IOException {
        Actor actor = actors.of(who);
        FormErrors errors = FormErrors.none();
        byte[] bytes = null;
        if (file == null || file.isEmpty()) {
            errors.add("file", "dossier.apply.upload.missing");
        } else if (file.getSize() > ApplicationSubmitPages.MAX_UPLOAD_BYTES) {
            errors.add("file", "dossier.apply.upload.too-big");
        } else {
            bytes = file.getBytes();
            if (ApplicationSubmitPages.contentType(bytes) == null) {
                errors.add("file", "dossier.apply.upload.type");
            }
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000) {
            errors.add("note", "dossier.my.supplement.note.too-long");
        }
        if (errors.any()) {
            response.setStatus(400);
            return page(code, actor, errors, "", locale, model);
        }
        StoredFile stored = uploads.upload(code, actor, file.getOriginalFilename(), new ByteArrayInputStream(bytes));
        actions.perform(code, new ActionRequest(DossierAction.SUPPLEMENT, null, text.isEmpty() ? null : text, null,
                null, List.of(stored.id()), null), actor);
        return "redirect:/my/dossiers/" + code;
    }


    private static String date(Instant at) {
        return at == null ? null : DATE.format(at.atZone(ZONE));
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
