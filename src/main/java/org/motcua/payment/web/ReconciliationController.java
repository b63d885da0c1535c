package org.motcua.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.payment.ReconciliationReport;
import org.motcua.payment.Reconciliations;
import org.motcua.problem.ProblemException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@RestController
@Tag(name = "Payments", description = "Online payment of fees: bills, the gateway's notification, receipts")
class ReconciliationController {

    private final Reconciliations reconciliations;
    private final PaymentActors actors;

    ReconciliationController(Reconciliations reconciliations, PaymentActors actors) {
        this.reconciliations = reconciliations;
        this.actors = actors;
    }

    @PostMapping(path = "/api/v1/payments/reconciliations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Reconcile the gateway's statement of a day (multipart: file, date) — city admin, clerks",
            description = "The statement format is in docs/payment-statement.md. A file that cannot be read is "
                    + "rejected whole with a problem naming the line and column; nothing is stored.")
    ResponseEntity<ReconciliationReport> upload(@RequestPart(name = "file", required = false) MultipartFile file,
                                                @RequestParam(required = false) String date, Authentication who) {
        if (file == null) {
            throw ProblemException.invalidParameter("file", "the statement file is required");
        }
        try {
            return created(reconciliations.reconcile(file.getBytes(), day(date), file.getOriginalFilename(),
                    actors.of(who)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping(path = "/api/v1/payments/reconciliations", consumes = "text/csv")
    @Operation(summary = "Reconcile the gateway's statement of a day (text/csv body, date parameter)")
    ResponseEntity<ReconciliationReport> csv(@RequestBody(required = false) byte[] body,
                                             @RequestParam(required = false) String date, Authentication who) {
        return created(reconciliations.reconcile(body == null ? new byte[0] : body, day(date), null,
                actors.of(who)));
    }

    @GetMapping("/api/v1/payments/reconciliations/{id}")
    @Operation(summary = "A reconciliation report with its mismatches")
    ReconciliationReport get(@PathVariable long id, Authentication who) {
        return reconciliations.report(id, actors.of(who));
    }

    @GetMapping("/api/v1/payments/reconciliations")
    @Operation(summary = "Reconciliation reports, newest first (optionally of one statement day)")
    List<ReconciliationReport.Summary> list(@RequestParam(required = false) String date, Authentication who) {
        return reconciliations.reports(date == null || date.isBlank() ? null : day(date), actors.of(who));
    }

    private static ResponseEntity<ReconciliationReport> created(ReconciliationReport report) {
        return ResponseEntity.created(URI.create("/api/v1/payments/reconciliations/" + report.id())).body(report);
    }

    private static LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            throw ProblemException.invalidParameter("date", "the statement's day is required, as yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter("date", "'" + date + "' is not a day yyyy-MM-dd");
        }
    }
}
