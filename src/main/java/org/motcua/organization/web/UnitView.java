package org.motcua.organization.web;

import org.motcua.organization.Unit;
import org.motcua.organization.UnitType;

import java.time.LocalDate;

/** A unit as the API shows it. {@code name} is the Vietnamese (official) name. */
record UnitView(String slug, String name, String nameEn, UnitType type, String parent, String agencyCode,
                LocalDate effectiveFrom, LocalDate effectiveTo, String successor, Double latitude, Double longitude) {

    static UnitView of(Unit u) {
        return new UnitView(u.slug(), u.nameVi(), u.nameEn(), u.type(), u.parentSlug(), u.agencyCode(),
                u.effectiveFrom(), u.effectiveTo(), u.successorSlug(), u.latitude(), u.longitude());
    }
}
