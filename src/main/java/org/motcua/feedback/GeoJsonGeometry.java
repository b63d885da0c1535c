package org.motcua.feedback;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Writes a Polygon or MultiPolygon as a GeoJSON geometry object (longitude, latitude). */
final class GeoJsonGeometry {

    private GeoJsonGeometry() {
    }

    static String write(Geometry g) {
        StringBuilder out = new StringBuilder();
        if (g instanceof MultiPolygon) {
            out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                polygon(out, (Polygon) g.getGeometryN(i));
            }
            return out.append("]}").toString();
        }
        out.append("{\"type\":\"Polygon\",\"coordinates\":");
        polygon(out, (Polygon) g);
        return out.append('}').toString();
    }

    private static void polygon(StringBuilder out, Polygon p) {
        out.append('[');
        ring(out, p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            out.append(',');
            ring(out, p.getInteriorRingN(i));
        }
        out.append(']');
    }

    private static void ring(StringBuilder out, LineString ring) {
        out.append('[');
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i < c.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('[').append(Math.round(c[i].x * 1e6) / 1e6).append(',')
                    .append(Math.round(c[i].y * 1e6) / 1e6).append(']');
        }
        out.append(']');
    }
}
