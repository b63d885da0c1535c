package org.motcua.feedback;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946) of ward boundaries: one feature per ward-level unit, its slug in the
 * property {@code slug}, a Polygon or MultiPolygon geometry in longitude/latitude. Every problem is reported
 * (422 {@code invalid-boundaries} with the feature's index); nothing of a bad file is kept.
 */
final class GeoJsonBoundaries {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private GeoJsonBoundaries() {
    }

    static List<WardBoundary> parse(String text, Predicate<String> isWardLevelUnit, String source, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            throw invalid("The file is not JSON", List.of(new FieldProblem("file", "is not valid JSON")));
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))
                || !root.path("features").isArray()) {
            throw invalid("Expected a GeoJSON FeatureCollection",
                    List.of(new FieldProblem("type", "must be FeatureCollection with a features array")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        List<WardBoundary> boundaries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            String at = "features[" + index++ + "]";
            String slug = feature.path("properties").path("slug").asString(null);
            if (slug == null || slug.isBlank()) {
                errors.add(new FieldProblem(at + ".properties.slug", "is required"));
                continue;
            }
            if (!isWardLevelUnit.test(slug)) {
                errors.add(new FieldProblem(at + ".properties.slug", "'" + slug + "' is not a ward-level unit"));
                continue;
            }
            if (!seen.add(slug)) {
                errors.add(new FieldProblem(at + ".properties.slug", "'" + slug + "' appears twice"));
                continue;
            }
            try {
                Geometry area = geometry(feature.path("geometry"));
                if (!area.isValid()) {
                    errors.add(new FieldProblem(at + ".geometry", "is not a valid polygon (self-intersecting?)"));
                    continue;
                }
                boolean approximate = feature.path("properties").path("approximate").asBoolean(false);
                boundaries.add(new WardBoundary(slug, area, approximate, source));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldProblem(at + ".geometry", e.getMessage()));
            }
        }
        if (index == 0) {
            errors.add(new FieldProblem("features", "is empty"));
        }
        if (!errors.isEmpty()) {
            throw invalid("The boundary file has " + errors.size() + " problem(s); nothing was imported", errors);
        }
        return boundaries;
    }

    private static Geometry geometry(JsonNode g) {
        String type = g.path("type").asString("");
        JsonNode coordinates = g.path("coordinates");
        if (type.equals("Polygon")) {
            return polygon(coordinates);
        }
        if (type.equals("MultiPolygon") && coordinates.isArray() && !coordinates.isEmpty()) {
            List<Polygon> parts = new ArrayList<>();
            coordinates.forEach(p -> parts.add(polygon(p)));
            return GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
        }
        throw new IllegalArgumentException("must be a Polygon or MultiPolygon with coordinates");
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        if (!positions.isArray() || positions.size() < 4) {
            throw new IllegalArgumentException("a ring needs at least 4 positions");
        }
        Coordinate[] c = new Coordinate[positions.size()];
        for (int i = 0; i < c.length; i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new IllegalArgumentException("positions are [longitude, latitude] numbers");
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new IllegalArgumentException("a position is outside longitude/latitude ranges");
            }
            c[i] = new Coordinate(lon, lat);
        }
        if (!c[0].equals2D(c[c.length - 1])) {
            throw new IllegalArgumentException("a ring must end where it starts");
        }
        return GEOMETRY.createLinearRing(c);
    }

    private static ProblemException invalid(String detail, List<FieldProblem> errors) {
        return new ProblemException(ErrorCode.INVALID_BOUNDARIES, detail, errors);
    }
}
