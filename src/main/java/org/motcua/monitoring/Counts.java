package org.motcua.monitoring;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** One number per {@link Measure}: a dossier's contribution (0 or 1 each) or a sum of them. */
public final class Counts {

    private final long[] values;

    private Counts(long[] values) {
        this.values = values;
    }

    public static Counts zero() {
        return new Counts(new long[Measure.values().length]);
    }

    public static Counts of(Map<Measure, Long> values) {
        Counts c = zero();
        values.forEach((m, v) -> c.values[m.ordinal()] = v);
        return c;
    }

    public long get(Measure m) {
        return values[m.ordinal()];
    }

    /** A copy with {@code m} set to {@code v}. */
    public Counts with(Measure m, long v) {
        long[] copy = values.clone();
        copy[m.ordinal()] = v;
        return new Counts(copy);
    }

    public Counts plus(Counts other) {
        long[] sum = values.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.values[i];
        }
        return new Counts(sum);
    }

    public Counts minus(Counts other) {
        long[] diff = values.clone();
        for (int i = 0; i < diff.length; i++) {
            diff[i] -= other.values[i];
        }
        return new Counts(diff);
    }

    public boolean isZero() {
        return Arrays.stream(values).allMatch(v -> v == 0);
    }

    public long finished() {
        return get(Measure.FINISHED_ON_TIME) + get(Measure.FINISHED_LATE);
    }

    public long inProgress() {
        return get(Measure.IN_PROGRESS_ON_TIME) + get(Measure.IN_PROGRESS_OVERDUE);
    }

    @JsonValue
    public Map<String, Long> asMap() {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            map.put(m.key(), values[m.ordinal()]);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counts c && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
