package org.motcua.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.motcua.payment.BillIssuing;
import org.motcua.payment.BillStatus;
import org.motcua.payment.BillView;
import org.motcua.payment.CounterPayments;
import org.motcua.payment.FeeExemptions;
import org.motcua.payment.GatewayNotification;
import org.motcua.payment.IssuedBill;
import org.motcua.payment.NotificationRejected;
import org.motcua.payment.NotificationVerdict;
import org.motcua.payment.OnRequestFees;
import org.motcua.payment.PaymentNotifications;
import org.motcua.payment.PaymentQueries;
import org.motcua.payment.Receipts;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.Map;

@RestController
@Tag(name = "Payments", description = "Online payment of fees: bills, the gateway's notification, receipts")
class PaymentController {

    private final BillIssuing issuing;
    private final PaymentQueries queries;
    private final PaymentNotifications notifications;
    private final PaymentActors actors;
    private final JsonMapper json;
    private final Receipts receipts;
    private final FeeExemptions exemptions;
    private final CounterPayments counter;
    private final OnRequestFees onRequest;

    PaymentController(BillIssuing issuing, PaymentQueries queries, PaymentNotifications notifications,
                      PaymentActors actors, JsonMapper json, Receipts receipts, FeeExemptions exemptions, CounterPayments counter, OnRequestFees onRequest) {
        this.counter = counter;
        this.onRequest = onRequest;
        this.receipts = receipts;
        this.exemptions = exemptions;
        this.issuing = issuing;
        this.queries = queries;
        this.notifications = notifications;
        this.actors = actors;
        this.json = json;
    }

    @PostMapping("/api/v1/dossiers/{code}/payments")
    @Operation(summary = "Issue a bill for the dossier's fees (the applicant, or reception for a walk-in applicant)",
            description = "A dossier being processed waits in status 6 until the gateway confirms the payment. "
                    + "A bill still waiting for payment is returned again rather than a second one issued.")
    ResponseEntity<IssuedBill> issue(@PathVariable String code, Authentication who) {
        IssuedBill bill = issuing.issue(code, actors.of(who));
        return ResponseEntity.created(URI.create("/api/v1/payments/" + bill.billId())).body(bill);
    }

    @PostMapping("/api/v1/dossiers/{code}/fee-exemptions")
    @Operation(summary = "Exempt one fee line of the dossier (miễn phí, lệ phí), with the reason — the processor",
            description = "The specialist or a leader of the unit processing the dossier. Recorded on the "
                    + "process-control slip (EXEMPT_FEE); the amount due falls by the line; bills still open for the "
                    + "old amount are cancelled; a dossier in status 6 that owes nothing more goes back to its step. "
                    + "Refused with 409 fee-already-paid once the fee is paid.")
    FeeExemptions.ExemptedFee exempt(@PathVariable String code, @RequestBody(required = false) ExemptionBody body,
                                     Authentication who) {
        if (body == null || body.line() == null) {
            throw ProblemException.invalidParameter("line", "the number of the fee line (from 1) is required");
        }
        return exemptions.exempt(code, body.line(), body.reason(), actors.of(who));
    }

    /** The fee line to exempt (from 1, as the dossier lists them) and why. */
    record ExemptionBody(Integer line, String reason) {
    }

    @PostMapping("/api/v1/dossiers/{code}/fee-lines")
    @Operation(summary = "Apply an on-request fee line of the procedure to the dossier, with the reason — the processor",
            description = "procedureLine: the line's number (from 1) in the procedure version's fees, which must be "
                    + "an on-request line (a reduced rate, extra copies, an amendment); else 404 "
                    + "fee-line-not-on-request. Recorded on the process-control slip (APPLY_FEE); the amount due rises "
                    + "by the line; bills still open for the old amount are cancelled. Refused with 409 "
                    + "fee-already-paid once the fee is paid.")
    OnRequestFees.AppliedFee applyFee(@PathVariable String code, @RequestBody(required = false) FeeLineBody body,
                                      Authentication who) {
        if (body == null || body.procedureLine() == null) {
            throw ProblemException.invalidParameter("procedureLine",
                    "the number of the procedure's on-request fee line (from 1) is required");
        }
        return onRequest.apply(code, body.procedureLine(), body.reason(), actors.of(who));
    }

    /** The procedure's on-request fee line to apply (from 1, as the procedure version lists its fees) and why. */
    record FeeLineBody(Integer procedureLine, String reason) {
    }

    @PostMapping("/api/v1/dossiers/{code}/counter-payments")
    @Operation(summary = "Record the fee paid at the counter (cash or card at the desk) — reception or the clerk",
            description = "The amount due, against the desk's receipt number (required). Satisfies the obligation "
                    + "like an online payment (the dossier records the channel COUNTER; a dossier in status 6 goes "
                    + "back to its step); on the process-control slip (FEE_PAID) and audited. The same receipt "
                    + "again → 200 with the payment already recorded; another payment of a paid dossier → 409 "
                    + "fee-already-paid; a receipt number used for another dossier → 409 counter-receipt-used.")
    ResponseEntity<CounterPayments.CounterPayment> payAtCounter(@PathVariable String code,
                                                                @RequestBody(required = false) CounterBody body,
                                                                Authentication who) {
        if (body == null) {
            throw ProblemException.invalidParameter("receiptNumber", "a JSON body with method and receiptNumber");
        }
        CounterPayments.CounterPayment payment = counter.record(code, body.method(), body.receiptNumber(),
                body.amountVnd(), actors.of(who));
        return payment.created()
                ? ResponseEntity.created(URI.create("/api/v1/payments/" + payment.billId())).body(payment)
                : ResponseEntity.ok(payment);
    }

    /** How the fee was paid at the counter ({@code CASH} or {@code CARD}), the receipt's number, the amount. */
    record CounterBody(String method, String receiptNumber, Long amountVnd) {
    }

    @GetMapping("/api/v1/payments/{billId}")
    @Operation(summary = "A bill: status, amount and the gateway transactions applied to it")
    BillView get(@PathVariable String billId, Authentication who) {
        return queries.view(billId, actors.of(who));
    }

    @GetMapping("/api/v1/payments/{billId}/receipt.pdf")
    @Operation(summary = "The e-receipt (biên lai điện tử) of a paid bill, as PDF with a QR code of its public check",
            description = "For those who may see the dossier; 409 bill-not-paid while the bill is not paid.")
    ResponseEntity<byte[]> receipt(@PathVariable String billId, Authentication who) {
        return MyReceipts.pdf(billId, receipts.pdf(billId, actors.of(who)));
    }

    @GetMapping("/api/v1/public/receipts/{billId}")
    @Operation(summary = "Public check of an e-receipt (the address of its QR code, no login)",
            description = "Only the receipt number, amount, time paid and dossier code of a paid bill.")
    Receipts.ReceiptCheck checkReceipt(@PathVariable String billId) {
        return receipts.check(billId).orElseThrow(() -> new ProblemException(ErrorCode.BILL_NOT_FOUND,
                "No paid bill '" + billId + "'"));
    }

    @PostMapping("/api/v1/payments/{billId}/cancel")
    @Operation(summary = "Cancel a bill waiting for payment; a payment arriving later is recorded for refund")
    Map<String, BillStatus> cancel(@PathVariable String billId, Authentication who) {
        return Map.of("status", issuing.cancel(billId, actors.of(who)));
    }

    @PostMapping("/api/v1/payments/notify")
    @Operation(summary = "The payment gateway's signed notification (server to server, no login)",
            description = "Answered {\"resultCode\":\"00\"} when applied, already applied, or recorded for refund; "
                    + "forged, unknown, wrong-amount or wrong-partner notifications are rejected with a problem "
                    + "carrying a resultCode other than 00, recorded, and change nothing.")
    NotifyReply notify(@RequestBody(required = false) String body, HttpServletRequest request) {
        GatewayNotification notification = parse(body);
        NotificationVerdict verdict = notifications.receive(notification, body, request.getRemoteAddr());
        if (!verdict.accepted()) {
            throw new NotificationRejected(verdict);
        }
        return new NotifyReply(verdict.resultCode());
    }

    private GatewayNotification parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, GatewayNotification.class);
        } catch (JacksonException e) {
            return null;
        }
    }
}
