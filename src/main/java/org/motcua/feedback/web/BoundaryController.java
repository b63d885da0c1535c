package org.motcua.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.feedback.BoundaryImport;
import org.motcua.feedback.FeedbackRanking;
import org.motcua.feedback.ReportingCycle;
import org.motcua.feedback.UnitRanking;
import org.motcua.problem.ProblemException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Ward boundaries used for routing (import by the city admin, public read) and the monthly ranking of units. */
@RestController
@Tag(name = "Feedback (boundaries, ranking)", description = "Routing areas of the wards; monthly on-time ranking")
class BoundaryController {

    private final BoundaryImport boundaries;
    private final FeedbackRanking ranking;
    private final FeedbackCallers callers;

    BoundaryController(BoundaryImport boundaries, FeedbackRanking ranking, FeedbackCallers callers) {
        this.boundaries = boundaries;
        this.ranking = ranking;
        this.callers = callers;
    }

    @PutMapping(value = "/api/v1/feedback/boundaries", consumes = {"application/geo+json",
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Import ward boundaries from GeoJSON (city admin): replaces all, audited",
            description = "A FeatureCollection; each feature has properties.slug (a ward-level unit) and a Polygon or "
                    + "MultiPolygon in longitude/latitude; properties.approximate=true labels a boundary as "
                    + "approximate. Anything wrong → 422 invalid-boundaries naming each bad feature; nothing kept.")
    BoundaryImport.Imported importBoundaries(@RequestBody String geoJson,
                                             @RequestParam(required = false) String source, Authentication who) {
        return boundaries.importGeoJson(geoJson, source, callers.cityAdmin(who).id());
    }

    @GetMapping("/api/v1/feedback/public/boundaries")
    @Operation(summary = "The ward boundaries in force (GeoJSON); each says whether it is approximate",
            description = "The demo's are Voronoi cells of the units' representative points (approximate: true).")
    ResponseEntity<String> boundaries() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(boundaries.asGeoJson());
    }

    @GetMapping("/api/v1/feedback/public/ranking")
    @Operation(summary = "Monthly ranking of units by on-time handling",
            description = "cycle=yyyy-MM is the city's reporting cycle from the 25th 12:00 of the month before to "
                    + "the 25th 12:00 of that month (Ho Chi Minh City time); default the current cycle. A report "
                    + "counts in the cycle in which its deadline falls.")
    RankingView ranking(@RequestParam(required = false) String cycle) {
        YearMonth month = null;
        if (cycle != null) {
            try {
                month = YearMonth.parse(cycle);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidParameter("cycle", "must be yyyy-MM");
            }
        }
        ReportingCycle c = ranking.cycle(month);
        return new RankingView(c.month().toString(), c.start(), c.end(), ranking.rank(c));
    }

    record RankingView(String cycle, java.time.Instant start, java.time.Instant end, List<UnitRanking> units) {
    }
}
