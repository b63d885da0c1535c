package org.motcua.feedback;

/**
 * Where a report goes and how that was decided: {@code BOUNDARY} or {@code APPROXIMATE_BOUNDARY} (the location is
 * inside the unit's imported or approximate boundary), {@code CHOSEN} (the ward the reporter or operator picked),
 * {@code ADDRESS} (the ward's name in the address), {@code CITY_WIDE} (a city department's category) or
 * {@code CITY_DISPATCH} (nothing located it: the city dispatches it by hand).
 */
public record Routed(String unit, String how) {
}
