package org.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Who decides a procedure: exactly one of a unit type ({@value #WARD_LEVEL}: whichever ward, commune or special zone
 * the applicant chooses) or the slug of one city-level body (a department, the city police, the service centre).
 */
public record CompetentUnit(String unitType, String department) {

    public static final String WARD_LEVEL = "ward-level";

    public static CompetentUnit wardLevel() {
        return new CompetentUnit(WARD_LEVEL, null);
    }

    public static CompetentUnit department(String slug) {
        return new CompetentUnit(null, slug);
    }

    @JsonIgnore
    public boolean isWardLevel() {
        return WARD_LEVEL.equals(unitType);
    }
}
