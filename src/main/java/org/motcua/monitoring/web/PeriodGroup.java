package org.motcua.monitoring.web;

import java.util.List;

/** The periods offered by the dashboards' period picker, by kind (months, quarters, years). */
public record PeriodGroup(String labelKey, List<Option> options) {

    /** A period as the picker offers it ({@code 2026-11}, {@code 2026-Q4}, {@code 2026}). */
    public record Option(String value, boolean selected) {
    }
}
