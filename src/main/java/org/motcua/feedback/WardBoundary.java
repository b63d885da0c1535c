package org.motcua.feedback;

import org.locationtech.jts.geom.Geometry;

/**
 * The area of a ward-level unit, in longitude/latitude (WGS 84).
 *
 * @param approximate built from representative points (the demo's Voronoi cells), not a surveyed boundary
 */
public record WardBoundary(String unit, Geometry area, boolean approximate, String source) {
}
