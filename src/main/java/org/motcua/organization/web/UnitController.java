package org.motcua.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.organization.UnitType;
import org.motcua.organization.Units;
import org.motcua.problem.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "The city, its departments and the 168 ward-level units")
class UnitController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Units units;

    UnitController(Units units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "Units in force on a day (default today), optionally of one type")
    List<UnitView> list(@RequestParam Optional<String> type,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> on) {
        Optional<UnitType> unitType = type.filter(t -> !t.isBlank()).map(t -> UnitType.fromCode(t).orElseThrow(
                () -> ProblemException.invalidParameter("type", "must be one of " + Arrays.stream(UnitType.values())
                        .map(UnitType::code).collect(Collectors.joining(", ")))));
        return units.effectiveOn(on.orElseGet(() -> LocalDate.now(VIETNAM)), unitType).stream()
                .map(UnitView::of).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One unit, including dissolved ones")
    UnitView get(@PathVariable String slug) {
        return UnitView.of(units.require(slug));
    }

    record AgencyCodeChange(String agencyCode) { }

    @PutMapping("/{slug}/agency-code")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(summary = "Set the electronic agency identifier used in new dossier codes (city admin)")
    UnitView changeAgencyCode(@PathVariable String slug, @RequestBody AgencyCodeChange change,
                              Authentication who) {
        return UnitView.of(units.changeAgencyCode(slug, change.agencyCode(), who.getName()));
    }
}
