package org.motcua.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.motcua.dossier.ActionRequest;
import org.motcua.dossier.Channel;
import org.motcua.dossier.ComponentFile;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierActions;
import org.motcua.dossier.DossierIntake;
import org.motcua.dossier.DossierQueries;
import org.motcua.dossier.DossierUploads;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.StoredFile;
import org.motcua.dossier.StoredFileContent;
import org.motcua.dossier.SubmitDossier;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Submission and the legal lifecycle of dossiers (hồ sơ)")
class DossierController {

    private final DossierIntake intake;
    private final DossierActions actions;
    private final DossierQueries queries;
    private final DossierUploads uploads;
    private final Actors actors;
    private final org.motcua.dossier.DossierPrinting printing;

    DossierController(DossierIntake intake, DossierActions actions, DossierQueries queries, DossierUploads uploads,
                      Actors actors, org.motcua.dossier.DossierPrinting printing) {
        this.printing = printing;
        this.intake = intake;
        this.actions = actions;
        this.queries = queries;
        this.uploads = uploads;
        this.actors = actors;
    }

    @PostMapping
    @Operation(summary = "Submit a dossier online (applicant) or take one in at a desk (reception)",
            description = "Send an Idempotency-Key header to make retries safe: the same key returns the same dossier")
    @ResponseStatus(HttpStatus.CREATED)
    DossierView submit(@RequestBody SubmitDossierBody body,
                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                       Authentication who, HttpServletResponse response) {
        DossierView view = intake.submitAndView(new SubmitDossier(body.procedureCode(), channel(body.channel()),
                body.receivingUnit(), body.competentUnit(), body.applicant(), body.form(), body.consentId()),
                actors.of(who), key);
        // the view is the body, not a ResponseEntity, which Spring would flush early: one write with its length
        response.setHeader(HttpHeaders.LOCATION, "/api/v1/dossiers/" + view.code());
        return view;
    }

    @GetMapping("/{code}")
    @Operation(summary = "A dossier with its process-control slip (staff of its units, the applicant)")
    DossierView get(@PathVariable String code, Authentication who) {
        return queries.view(code, actors.of(who));
    }

    @PostMapping("/{code}/actions")
    @Operation(summary = "Act on a dossier: RECEIVE, FORWARD, REQUEST_SUPPLEMENT, SUPPLEMENT, REFUSE, TRANSFER, "
            + "STOP, WITHDRAW, RETURN_RESULT, APOLOGIZE")
    DossierView act(@PathVariable String code, @RequestBody ActionBody body, Authentication who) {
        return actions.performAndView(code, new ActionRequest(action(body.action()), body.reason(), body.note(),
                body.missing(), body.toUnit(), body.attachments(),
                body.newAppointmentAt() == null ? null : body.newAppointmentAt().toInstant()), actors.of(who));
    }

    @PostMapping(path = "/{code}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file (PDF, PNG, JPEG) to the dossier; name its id in an action's attachments")
    ResponseEntity<StoredFile> upload(@PathVariable String code, @RequestParam("file") MultipartFile file,
                                      Authentication who) {
        StoredFile stored = uploads.upload(code, actors.of(who), file.getOriginalFilename(), stream(file));
        return ResponseEntity.status(201).body(stored);
    }

    @PostMapping(path = "/{code}/components", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a scan of one of the procedure's components")
    ResponseEntity<ComponentFile> component(@PathVariable String code, @RequestParam("componentId") String componentId,
                                            @RequestParam("file") MultipartFile file, Authentication who) {
        ComponentFile stored = uploads.addComponent(code, actors.of(who), componentId, file.getOriginalFilename(),
                stream(file));
        return ResponseEntity.status(201).body(stored);
    }

    @GetMapping("/{code}/files/{fileId}")
    @Operation(summary = "Download a file of the dossier")
    ResponseEntity<InputStreamResource> download(@PathVariable String code, @PathVariable String fileId,
                                                 Authentication who) {
        StoredFileContent content = uploads.download(code, actors.of(who), fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.file().contentType()))
                .contentLength(content.file().size())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(new InputStreamResource(content.content()));
    }

    @GetMapping("/{code}/forms/{form}")
    @Operation(summary = "Print a form of Circular 03/2025: 01 receipt, 02 supplement request, 03 refusal, "
            + "04 apology, 05 stop notice, 06 process-control slip")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form, Authentication who) {
        return MyDossierForms.pdf(code, form, printing.form(code, form, actors.of(who)));
    }

    private static java.io.InputStream stream(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Channel channel(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Channel.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ErrorCode.INVALID_DOSSIER, "Unknown channel '" + value + "'",
                    List.of(new FieldProblem("channel", "must be ONLINE, IN_PERSON or POSTAL")));
        }
    }

    private static DossierAction action(String value) {
        try {
            DossierAction action = value == null ? null : DossierAction.valueOf(value);
            if (action == DossierAction.SUBMIT || action == DossierAction.MARK_OVERDUE) {
                throw new IllegalArgumentException();
            }
            return action;
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ErrorCode.INVALID_ACTION, "Unknown action '" + value + "'",
                    List.of(new FieldProblem("action", "must be one of " + Arrays.stream(DossierAction.values())
                            .filter(a -> a != DossierAction.SUBMIT && a != DossierAction.MARK_OVERDUE)
                            .map(Enum::name).collect(Collectors.joining(", ")))));
        }
    }
}
