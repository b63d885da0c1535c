package org.motcua.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.dossier.DossierQueries;
import org.motcua.dossier.InboxFilter;
import org.motcua.dossier.InboxPage;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Inbox", description = "What waits for the caller's roles in their units")
class InboxController {

    private final DossierQueries queries;
    private final Actors actors;

    InboxController(DossierQueries queries, Actors actors) {
        this.queries = queries;
        this.actors = actors;
    }

    @GetMapping("/api/v1/inbox")
    @Operation(summary = "Dossiers waiting for the caller, the most urgent first; filter by status (1-10), "
            + "procedure code, overdue")
    InboxPage inbox(@RequestParam(required = false) Integer status,
                    @RequestParam(required = false) String procedure,
                    @RequestParam(required = false) Boolean overdue,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size,
                    Authentication who) {
        if (status != null && (status < 1 || status > 10)) {
            throw org.motcua.problem.ProblemException.invalidParameter("status", "must be a national status 1-10");
        }
        return queries.inbox(actors.of(who), new InboxFilter(status, procedure, overdue), page, size);
    }
}
