package org.motcua.dossier.web;

import org.motcua.dossier.DossierPrinting;
import org.motcua.web.PageController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The applicant's form letters as PDFs (01 receipt, 02 supplement request, 03 refusal, 04 apology, 05 stop notice) at
 * an address of the citizen's pages: the link in an e-mail or SMS opens in a browser without a session, and here that
 * means the e-ID login and then the letter — the API's address would answer such a visitor with a 401 in JSON.
 */
@PageController
class MyDossierForms {

    private final DossierPrinting printing;
    private final Actors actors;

    MyDossierForms(DossierPrinting printing, Actors actors) {
        this.printing = printing;
        this.actors = actors;
    }

    @GetMapping("/my/dossiers/{code}/forms/{form}")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form, Authentication who) {
        return pdf(code, form, printing.form(code, form, actors.of(who)));
    }

    /** A printed form as the answer to a browser or an API client: shown inline, saved as {@code mau-0N-<code>.pdf}. */
    static ResponseEntity<byte[]> pdf(String code, String form, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"mau-" + form + "-" + code + ".pdf\"")
                .body(pdf);
    }
}
