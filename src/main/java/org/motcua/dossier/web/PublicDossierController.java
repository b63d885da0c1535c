package org.motcua.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.motcua.dossier.DossierQueries;
import org.motcua.dossier.PublicDossierStatus;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public look-up", description = "Status of a dossier by its code, without personal data")
class PublicDossierController {

    private final DossierQueries queries;
    private final PublicLookupRateLimiter limiter;

    PublicDossierController(DossierQueries queries, PublicLookupRateLimiter limiter) {
        this.queries = queries;
        this.limiter = limiter;
    }

    /*
     * The status itself is the body, not a ResponseEntity: Spring flushes a ResponseEntity's headers before the
     * request ends, so Tomcat must answer in chunks and write twice; a plain body is written once, with its length.
     * The look-up is the platform's most frequent request (a tenth of its CPU went to that flush and header copying).
     */
    @GetMapping("/api/v1/public/dossiers/{code}")
    @Operation(summary = "Public status of a dossier (no name, ID number, address or phone); rate-limited per client")
    PublicDossierStatus lookUp(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
        long wait = limiter.acquire(request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            throw new ProblemException(ErrorCode.TOO_MANY_REQUESTS,
                    "Too many look-ups from your address; try again in " + wait + " s");
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        return queries.publicStatus(code);
    }
}
