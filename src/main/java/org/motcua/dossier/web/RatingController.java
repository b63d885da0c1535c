package org.motcua.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.dossier.DossierRatings;
import org.motcua.dossier.Rating;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dossiers")
class RatingController {

    private final DossierRatings ratings;
    private final Actors actors;

    RatingController(DossierRatings ratings, Actors actors) {
        this.ratings = ratings;
        this.actors = actors;
    }

    record RatingBody(Integer score, String comment) {
    }

    @PostMapping("/api/v1/dossiers/{code}/rating")
    @Operation(summary = "The applicant rates the service (1-5 and a comment), once, after the result is ready")
    ResponseEntity<Rating> rate(@PathVariable String code, @RequestBody(required = false) RatingBody body,
                                Authentication who) {
        RatingBody given = body == null ? new RatingBody(null, null) : body;
        return ResponseEntity.status(201).body(ratings.rate(code, actors.of(who), given.score(), given.comment()));
    }

    @GetMapping("/api/v1/dossiers/{code}/rating")
    @Operation(summary = "The rating of a dossier (its applicant and its staff)")
    Rating get(@PathVariable String code, Authentication who) {
        return ratings.find(code, actors.of(who)).orElseThrow(() -> new ProblemException(ErrorCode.NOT_FOUND,
                "Dossier " + code + " has not been rated"));
    }
}
