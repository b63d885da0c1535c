package org.motcua.monitoring;

/**
 * One threshold of the green standard: an indicator (a rate 0–1 such as {@code onlineShare}, a count such as
 * {@code received}), the index total ({@code index}) or a group's points ({@code index.progress}), at least
 * {@code min} and/or at most {@code max}.
 */
public record Criterion(String indicator, Double min, Double max) {
}
