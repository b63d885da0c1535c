package org.motcua.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.payment.Refund;
import org.motcua.payment.Refunds;
import org.motcua.problem.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Payments", description = "Online payment of fees: bills, the gateway's notification, receipts")
class RefundController {

    private final Refunds refunds;
    private final PaymentActors actors;

    RefundController(Refunds refunds, PaymentActors actors) {
        this.refunds = refunds;
        this.actors = actors;
    }

    @GetMapping("/api/v1/payments/refunds")
    @Operation(summary = "Payments to give back (a bill already cancelled or paid) — clerks of their unit, city admin",
            description = "status: due (default), settled or all; oldest first. The city administrator and auditor "
                    + "see every unit, a clerk the bills of their unit.")
    List<Refund> list(@RequestParam(required = false, defaultValue = "due") String status, Authentication who) {
        Boolean settled = switch (status) {
            case "due" -> Boolean.FALSE;
            case "settled" -> Boolean.TRUE;
            case "all" -> null;
            default -> throw ProblemException.invalidParameter("status", "must be due, settled or all");
        };
        return refunds.list(settled, actors.of(who));
    }

    @PostMapping("/api/v1/payments/refunds/{partnerCode}/{transactionId}/settle")
    @Operation(summary = "Record that a refund was given back, with its reference — clerk of the unit, city admin",
            description = "Once only (409 refund-already-settled); audited as PAYMENT_REFUND_SETTLED.")
    Refund settle(@PathVariable String partnerCode, @PathVariable String transactionId,
                  @RequestBody(required = false) SettleBody body, Authentication who) {
        return refunds.settle(partnerCode, transactionId, body == null ? null : body.reference(),
                body == null ? null : body.note(), actors.of(who));
    }

    /** The refund's reference (the gateway's refund id or the transfer number) and an optional note. */
    record SettleBody(String reference, String note) {
    }
}
