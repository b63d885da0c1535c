package org.motcua.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.monitoring.Criterion;
import org.motcua.monitoring.GreenReport;
import org.motcua.monitoring.GreenThresholds;
import org.motcua.monitoring.GreenUnits;
import org.motcua.monitoring.Indicators;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Monitoring")
class GreenUnitsController {

    private final GreenUnits green;
    private final MonitoringCallers callers;

    GreenUnitsController(GreenUnits green, MonitoringCallers callers) {
        this.green = green;
        this.callers = callers;
    }

    /** The body of a new version of the thresholds. */
    record ThresholdsRequest(List<Criterion> criteria, String reason) {
    }

    @GetMapping("/api/v1/green-units")
    @Operation(summary = "How many ward-level units meet the green thresholds in the period (\"142/168\") and, for "
            + "the others, which criteria fail and by how much; format=json|csv|xlsx — staff")
    ResponseEntity<?> evaluate(@RequestParam(required = false) String period,
                               @RequestParam(required = false) String format, Authentication who) {
        GreenReport report = green.evaluate(Indicators.period(period), callers.of(who));
        return TableExport.respond(format, report, () -> MonitoringTables.green(report));
    }

    @GetMapping("/api/v1/green-thresholds")
    @Operation(summary = "Every version of the green thresholds, the one in force first — staff")
    List<GreenThresholds> versions(Authentication who) {
        return green.versions(callers.of(who));
    }

    @PutMapping("/api/v1/green-thresholds")
    @Operation(summary = "Set a new version of the green thresholds — city administrator (audited)",
            description = "criteria: [{indicator, min, max}] on an indicator (rates 0–1), 'index' or 'index.<group>'")
    GreenThresholds set(@RequestBody(required = false) ThresholdsRequest body, Authentication who) {
        return green.set(body == null ? null : body.criteria(), body == null ? null : body.reason(),
                callers.of(who));
    }
}
