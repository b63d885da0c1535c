package org.motcua.payment.web;

import org.motcua.payment.BillIssuing;
import org.motcua.payment.IssuedBill;
import org.motcua.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Pay now" on the citizen's pages: issues the bill of the dossier's fees (or takes the one still open) and sends the
 * browser to the payment gateway, which brings it back to {@code /payments/{billId}}; the gateway's notification, not
 * the return, marks the bill paid.
 */
@PageController
class PayPage {

    private final BillIssuing issuing;
    private final PaymentActors actors;

    PayPage(BillIssuing issuing, PaymentActors actors) {
        this.issuing = issuing;
        this.actors = actors;
    }

    @PostMapping("/my/dossiers/{code}/pay")
    String pay(@PathVariable String code, Authentication who) {
        IssuedBill bill = issuing.issue(code, actors.of(who));
        return "redirect:" + bill.gatewayUrl();
    }
}
