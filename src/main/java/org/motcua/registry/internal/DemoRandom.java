package org.motcua.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** The generator's single source of randomness: the same seed gives the same sequence, so the same people. */
final class DemoRandom {

    private final SplittableRandom random;

    DemoRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int between(int fromInclusive, int toInclusive) {
        return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** One of {@code values}, each as likely as its weight. */
    <T> T weighted(T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** A day from {@code from} to {@code to}, both included; {@code from} when the range is empty. */
    LocalDate day(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    /** A day in the given years, both included. */
    LocalDate dayIn(int fromYear, int toYear) {
        return day(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }
}
