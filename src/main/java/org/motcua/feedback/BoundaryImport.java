package org.motcua.feedback;

import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** The city administrator's import of a GeoJSON file of ward boundaries: checked whole, then replacing all. */
@Service
public class BoundaryImport {

    private final WardBoundaries boundaries;
    private final JsonMapper json;

    BoundaryImport(WardBoundaries boundaries, JsonMapper json) {
        this.boundaries = boundaries;
        this.json = json;
    }

    /** Result: how many boundaries are in force now, and the ward-level units left without one. */
    public record Imported(int units, long approximate, List<String> unitsWithoutBoundary) {
    }

    /** @throws org.motcua.problem.ProblemException 422 {@code invalid-boundaries} naming every bad feature */
    public Imported importGeoJson(String geoJson, String source, String actor) {
        List<WardBoundary> parsed = GeoJsonBoundaries.parse(geoJson, boundaries::isWardLevelUnit,
                source == null || source.isBlank() ? "geojson-import" : source, json);
        List<String> missing = boundaries.replace(parsed, actor);
        return new Imported(parsed.size(), parsed.stream().filter(WardBoundary::approximate).count(), missing);
    }

    /** The boundaries in force as a GeoJSON FeatureCollection, each labelled approximate or not. */
    public String asGeoJson() {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (WardBoundary b : boundaries.all()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append("{\"type\":\"Feature\",\"properties\":{\"slug\":").append(json.writeValueAsString(b.unit()))
                    .append(",\"approximate\":").append(b.approximate())
                    .append(",\"source\":").append(json.writeValueAsString(b.source()))
                    .append("},\"geometry\":").append(GeoJsonGeometry.write(b.area())).append('}');
        }
        return out.append("]}").toString();
    }
}
