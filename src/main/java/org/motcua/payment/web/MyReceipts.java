package org.motcua.payment.web;

import org.motcua.payment.Receipts;
import org.motcua.web.PageController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The payer's e-receipt (biên lai điện tử) at an address of the citizen's pages: the "fee paid" message and the
 * gateway's return page link here, and a browser without a session gets the e-ID login and then the PDF, where the
 * API's address answered it with a 401 in JSON.
 */
@PageController
class MyReceipts {

    private final Receipts receipts;
    private final PaymentActors actors;

    MyReceipts(Receipts receipts, PaymentActors actors) {
        this.receipts = receipts;
        this.actors = actors;
    }

    @GetMapping("/my/payments/{billId}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String billId, Authentication who) {
        return pdf(billId, receipts.pdf(billId, actors.of(who)));
    }

    /** A receipt as the answer to a browser or an API client: shown inline, saved as {@code bien-lai-<bill>.pdf}. */
    static ResponseEntity<byte[]> pdf(String billId, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("bien-lai-" + billId + ".pdf").build().toString())
                .body(pdf);
    }
}
