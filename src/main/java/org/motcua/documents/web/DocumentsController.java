package org.motcua.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.documents.Assign;
import org.motcua.documents.DraftOutgoing;
import org.motcua.documents.FileContent;
import org.motcua.documents.FileView;
import org.motcua.documents.IncomingDocuments;
import org.motcua.documents.IncomingView;
import org.motcua.documents.OutgoingDocuments;
import org.motcua.documents.OutgoingView;
import org.motcua.documents.RegisterIncoming;
import org.motcua.documents.SignatureCheck;
import org.motcua.documents.SignatureVerifier;
import org.motcua.identity.Caller;
import org.motcua.identity.Callers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.nio.charset.StandardCharsets;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Official documents per Decree 30/2020/NĐ-CP: outgoing documents, incoming "
        + "registers, assignment and handling")
class DocumentsController {

    private final OutgoingDocuments outgoing;
    private final IncomingDocuments incoming;
    private final SignatureVerifier signatures;
    private final Callers callers;

    DocumentsController(OutgoingDocuments outgoing, IncomingDocuments incoming, SignatureVerifier signatures,
                        Callers callers) {
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.signatures = signatures;
        this.callers = callers;
    }

    @PostMapping("/outgoing")
    @Operation(summary = "Draft an outgoing document (clerk, processor or leader of the unit)")
    ResponseEntity<OutgoingView> draft(@RequestBody DraftOutgoing body, Authentication who) {
        OutgoingView view = outgoing.draft(body, caller(who));
        return ResponseEntity.created(URI.create("/api/v1/documents/outgoing/" + view.id())).body(view);
    }

    @GetMapping("/outgoing/{id}")
    @Operation(summary = "An outgoing document of your unit")
    OutgoingView outgoing(@PathVariable String id, Authentication who) {
        return outgoing.view(id, caller(who));
    }

    @PostMapping(path = "/outgoing/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a PDF (checked by content: anything else is 415); shows its signature check")
    ResponseEntity<FileView> attach(@PathVariable String id, @RequestParam("file") MultipartFile file,
                                    Authentication who) {
        Upload upload = upload(file);
        return ResponseEntity.status(201).body(outgoing.attach(id, upload.name(), upload.content(), caller(who)));
    }

    @GetMapping("/outgoing/{id}/files/{fileId}")
    @Operation(summary = "Download a file of an outgoing document")
    ResponseEntity<byte[]> outgoingFile(@PathVariable String id, @PathVariable String fileId, Authentication who) {
        return download(outgoing.file(id, fileId, caller(who)));
    }

    @PostMapping("/outgoing/{id}/number")
    @Operation(summary = "Take the document's number and symbol without issuing it (clerk); again: the same number")
    OutgoingView number(@PathVariable String id, Authentication who) {
        return outgoing.number(id, caller(who));
    }

    @PostMapping("/outgoing/{id}/issue")
    @Operation(summary = "Issue the document (clerk): number it and deliver it into the recipient units' incoming "
            + "registers; issuing again changes nothing")
    OutgoingView issue(@PathVariable String id, Authentication who) {
        return outgoing.issue(id, caller(who));
    }

    @PostMapping("/outgoing/{id}/abandon")
    @Operation(summary = "Abandon a draft with the reason (clerk); a number it had is never reused")
    OutgoingView abandon(@PathVariable String id, @RequestBody Bodies.Abandon body, Authentication who) {
        return outgoing.abandon(id, body.reason(), caller(who));
    }

    @PostMapping("/incoming")
    @Operation(summary = "Register a document received from outside the platform (clerk); attach its scan next")
    ResponseEntity<IncomingView> register(@RequestBody RegisterIncoming body, Authentication who) {
        IncomingView view = incoming.register(body, caller(who));
        return ResponseEntity.created(URI.create("/api/v1/documents/incoming/" + view.id())).body(view);
    }

    @GetMapping("/incoming/{id}")
    @Operation(summary = "An entry of your unit's incoming register with its files and assignments")
    IncomingView incoming(@PathVariable String id, Authentication who) {
        return incoming.view(id, caller(who));
    }

    @PostMapping(path = "/incoming/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach the scan (PDF) of a document registered from outside (clerk)")
    ResponseEntity<FileView> scan(@PathVariable String id, @RequestParam("file") MultipartFile file,
                                  Authentication who) {
        Upload upload = upload(file);
        return ResponseEntity.status(201).body(incoming.attachScan(id, upload.name(), upload.content(),
                caller(who)));
    }

    @GetMapping("/incoming/{id}/files/{fileId}")
    @Operation(summary = "Download a file of an incoming document")
    ResponseEntity<byte[]> incomingFile(@PathVariable String id, @PathVariable String fileId, Authentication who) {
        return download(incoming.file(id, fileId, caller(who)));
    }

    @PostMapping("/incoming/{id}/assignments")
    @Operation(summary = "Assign the document to a person or a division of the unit, to handle (with a deadline in "
            + "working days) or for information (leader)")
    ResponseEntity<IncomingView> assign(@PathVariable String id, @RequestBody Assign body, Authentication who) {
        return ResponseEntity.status(201).body(incoming.assign(id, body, caller(who)));
    }

    @PostMapping("/assignments/{id}/progress")
    @Operation(summary = "Report progress on an assignment (the handler or the leader)")
    IncomingView progress(@PathVariable String id, @RequestBody Bodies.Progress body, Authentication who) {
        return incoming.report(id, body.note(), caller(who));
    }

    @PostMapping("/assignments/{id}/close")
    @Operation(summary = "Close an assignment with the reply document's number and symbol")
    IncomingView close(@PathVariable String id, @RequestBody Bodies.Close body, Authentication who) {
        return incoming.close(id, body.replySymbol(), body.note(), caller(who));
    }

    @PostMapping(path = "/signature-check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Check the digital signatures of a PDF without storing it")
    SignatureCheck signatureCheck(@RequestParam("file") MultipartFile file, Authentication who) {
        caller(who);
        return signatures.check(upload(file).content());
    }

    private Caller caller(Authentication who) {
        return callers.of(who);
    }

    /** The uploaded file; an absent one is an empty file, which the module refuses as not a PDF (415). */
    private static Upload upload(MultipartFile file) {
        Upload upload = Upload.of(file);
        return upload == null ? new Upload(null, new byte[0]) : upload;
    }

    static ResponseEntity<byte[]> download(FileContent content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(content.file().name(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content.content());
    }
}
