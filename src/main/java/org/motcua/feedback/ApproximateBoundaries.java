package org.motcua.feedback;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.motcua.organization.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's stand-in for surveyed ward boundaries: the Voronoi cell of each ward-level unit's representative point
 * (every place belongs to the nearest point), clipped to the points' envelope widened by {@link #MARGIN_DEGREES}.
 * Approximate by construction: near the edge between two wards a report may go to the neighbour.
 */
final class ApproximateBoundaries {

    static final String SOURCE = "voronoi-of-representative-points";
    static final double MARGIN_DEGREES = 0.05;

    private ApproximateBoundaries() {
    }

    static List<WardBoundary> of(List<Unit> wardLevelUnits) {
        Map<Coordinate, String> slugs = new HashMap<>();
        Envelope city = new Envelope();
        for (Unit unit : wardLevelUnits) {
            if (unit.latitude() != null && unit.longitude() != null) {
                Coordinate site = new Coordinate(unit.longitude(), unit.latitude());
                slugs.putIfAbsent(site, unit.slug());
                city.expandToInclude(site);
            }
        }
        if (slugs.size() < 2) {
            return List.of();
        }
        city.expandBy(MARGIN_DEGREES);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(slugs.keySet());
        builder.setClipEnvelope(city);
        Geometry cells = builder.getDiagram(new GeometryFactory());
        List<WardBoundary> boundaries = new ArrayList<>();
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            String slug = slugs.get((Coordinate) cell.getUserData());
            if (slug != null) {
                boundaries.add(new WardBoundary(slug, cell, true, SOURCE));
            }
        }
        return boundaries;
    }
}
