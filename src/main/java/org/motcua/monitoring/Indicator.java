package org.motcua.monitoring;

/**
 * One indicator with the counts behind it: {@code value = numerator ÷ denominator} for a rate, or the count itself
 * ({@code denominator} 0 and {@code value} the count) for a plain count.
 *
 * @param status     {@code OK}; {@code NO_DATA} when there is nothing to measure (denominator 0); or
 *                   {@code NOT_AVAILABLE} when the platform has no source for it yet (the value is then null, never
 *                   invented)
 * @param computedAs how it was computed, with the numbers, e.g. {@code "41 on time ÷ 50 finished or in progress"}
 */
public record Indicator(String key, Double value, long numerator, long denominator, String status,
                        String computedAs) {

    public static Indicator count(String key, long count, String what) {
        return new Indicator(key, (double) count, count, 0, "OK", count + " " + what);
    }

    public static Indicator rate(String key, long numerator, long denominator, String numeratorName,
                                 String denominatorName) {
        String how = numerator + " " + numeratorName + " ÷ " + denominator + " " + denominatorName;
        return denominator == 0 ? new Indicator(key, null, numerator, 0, "NO_DATA", how)
                : new Indicator(key, round((double) numerator / denominator, 4), numerator, denominator, "OK", how);
    }

    public static Indicator notAvailable(String key, String why) {
        return new Indicator(key, null, 0, 0, "NOT_AVAILABLE", why);
    }

    public boolean hasValue() {
        return value != null;
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
