package org.motcua.catalog;

import java.math.BigDecimal;

/**
 * One step of the internal process (quy trình nội bộ).
 *
 * @param unit        {@value #RECEIVING} (the unit that received the dossier), {@value #COMPETENT} (the competent
 *                    unit) or the slug of a city-level body
 * @param workingDays the step's allotment; the allotments of all steps add up to at most the time limit
 */
public record ProcessStep(String id, LocalizedText name, StepRole role, String unit, BigDecimal workingDays) {

    public static final String RECEIVING = "receiving";
    public static final String COMPETENT = "competent";

    /** True when the step names a specific city-level body rather than the receiving or competent unit. */
    public boolean namedUnit() {
        return !RECEIVING.equals(unit) && !COMPETENT.equals(unit);
    }
}
