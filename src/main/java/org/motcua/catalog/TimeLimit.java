package org.motcua.catalog;

import java.math.BigDecimal;

/**
 * The legal time limit in working days. Zero means the same day (ngay trong ngày); the calendar applies the 15:00
 * rule, not the catalogue.
 *
 * @param verificationWorkingDays the longer limit allowed when verification (xác minh) is needed; null if none
 */
public record TimeLimit(BigDecimal workingDays, BigDecimal verificationWorkingDays, LocalizedText note) {

    public boolean sameDay() {
        return workingDays.signum() == 0;
    }
}
