package org.motcua.organization;

import java.time.LocalDate;

/**
 * A unit of the city government (đơn vị): the city, a department, the service centre or a ward-level unit.
 *
 * @param slug          stable identifier, e.g. {@code sai-gon}, {@code so-tu-phap}
 * @param agencyCode    electronic agency identifier used in dossier codes, e.g. {@code 000.00.02.H29}
 * @param effectiveTo   the day the unit ceased to exist (merged into {@code successorSlug}); null while it exists
 */
public record Unit(String slug, String nameVi, String nameEn, UnitType type, String parentSlug, String agencyCode,
                   LocalDate effectiveFrom, LocalDate effectiveTo, String successorSlug,
                   Double latitude, Double longitude) {

    public boolean effectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }
}
