package org.motcua.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.motcua.dossier.DossierQueries;
import org.motcua.dossier.PublicDossierStatus;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Public look-up", description = "Status of a dossier by its code, without personal data")
class PublicDossierController {

    private final DossierQueries queries;
    private final PublicLookupRateLimiter limiter;

    PublicDossierController(DossierQueries queries, PublicLookupRateLimiter limiter) {
        this.queries = queries;
        this.limiter = limiter;
    }

    @GetMapping("/api/v1/public/dossiers/{code}")
    @Operation(summary = "Public status of a dossier (no name, ID number, address or phone); rate-limited per client")
    ResponseEntity<?> lookUp(@PathVariable String code, HttpServletRequest request) {
        long wait = limiter.acquire(request.getRemoteAddr());
        if (wait > 0) {
            return ResponseEntity.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(ErrorCode.TOO_MANY_REQUESTS,
                            "Too many look-ups from your address; try again in " + wait + " s", List.of()));
        }
        PublicDossierStatus status = queries.publicStatus(code);
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-cache").body(status);
    }
}
