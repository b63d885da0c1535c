package org.motcua.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureVersion;
import org.motcua.catalog.Tier;
import org.motcua.problem.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Procedures", description = "The catalogue of administrative procedures (thủ tục hành chính)")
class ProcedureController {

    private final Catalog catalog;

    ProcedureController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Procedures in force; q searches names and codes ignoring diacritics and case")
    List<ProcedureSummary> search(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) String tier,
                                  @RequestParam(required = false) String sector) {
        Tier wanted = tier == null || tier.isBlank() ? null : Tier.fromCode(tier.strip())
                .orElseThrow(() -> ProblemException.invalidParameter("tier", "must be ward or city"));
        String sectorSlug = sector == null || sector.isBlank() ? null : sector.strip();
        if (sectorSlug != null && catalog.sectors().stream().noneMatch(s -> s.slug().equals(sectorSlug))) {
            throw ProblemException.invalidParameter("sector",
                    "'" + sectorSlug + "' is not a sector; see /api/v1/sectors");
        }
        return catalog.search(q, wanted, sectorSlug).stream().map(ProcedureSummary::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "The version in force of a procedure, with its form schema and internal process")
    ProcedureView get(@PathVariable String code) {
        return ProcedureView.of(catalog.requireCurrent(code));
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "Every version of a procedure, oldest first, including superseded and retired ones")
    List<VersionSummary> versions(@PathVariable String code) {
        return catalog.versions(code).stream().map(VersionSummary::of).toList();
    }

    @GetMapping("/{code}/versions/{version}")
    @Operation(summary = "One version of a procedure, whatever its status")
    ProcedureView version(@PathVariable String code, @PathVariable int version) {
        return ProcedureView.of(catalog.requireVersion(code, version));
    }

    @PostMapping
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(summary = "Publish a new version of a procedure (city admin); the body has the structure of the "
            + "definition files")
    ResponseEntity<ProcedureView> publish(@RequestBody Map<String, Object> definition, Authentication who) {
        ProcedureVersion published = catalog.publish(definition, who.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/procedures/" + published.code() + "/versions/" + published.version()))
                .body(ProcedureView.of(published));
    }

    record Retirement(String reason) { }

    @PostMapping("/{code}/versions/{version}/retire")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(summary = "Retire a version (city admin); it stays readable")
    ProcedureView retire(@PathVariable String code, @PathVariable int version,
                         @RequestBody(required = false) Retirement retirement, Authentication who) {
        return ProcedureView.of(catalog.retire(code, version, who.getName(),
                retirement == null ? null : retirement.reason()));
    }
}
