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

    record Dissolution(LocalDate effectiveTo, String successor) { }

    @org.springframework.web.bind.annotation.PostMapping("/{slug}/dissolution")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(summary = "Record that a unit ceases to exist (merged into a successor); its history stays (city admin)")
    UnitView dissolve(@PathVariable String slug, @RequestBody Dissolution body, Authentication who) {
        return UnitView.of(units.dissolve(slug, body.effectiveTo(), body.successor(), who.getName()));
    }

    record NewUnit(String slug, String type, String name, String nameEn, String agencyCode, LocalDate effectiveFrom,
                   Double latitude, Double longitude) { }

    @org.springframework.web.bind.annotation.PostMapping
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(summary = "Create a unit, e.g. one formed by a merger (city admin)")
    UnitView create(@RequestBody NewUnit body, Authentication who) {
        UnitType type = body.type() == null ? null : UnitType.fromCode(body.type()).orElse(null);
        return UnitView.of(units.create(new org.motcua.organization.Unit(body.slug(), body.name(), body.nameEn(), type,
                null, body.agencyCode(), body.effectiveFrom(), null, null, body.latitude(), body.longitude()),
                who.getName()));
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
