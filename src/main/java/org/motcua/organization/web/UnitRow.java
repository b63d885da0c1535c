package org.motcua.organization.web;

import org.motcua.organization.Unit;

/** A unit in the city admin's list. */
public record UnitRow(String slug, String name, String typeKey, String agencyCode, String effectiveFrom,
                      String dissolveHref, String staffHref) {
    static UnitRow of(Unit unit, boolean english) {
        return new UnitRow(unit.slug(), english ? unit.nameEn() : unit.nameVi(),
                "organization.admin.units.type." + unit.type().code(), unit.agencyCode(),
                unit.effectiveFrom().toString(), "/staff/admin/units/" + unit.slug() + "/dissolve",
                "/staff/admin/units/" + unit.slug() + "/staff");
    }
}
