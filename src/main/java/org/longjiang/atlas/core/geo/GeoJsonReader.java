package org.longjiang.atlas.core.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads RFC 7946 FeatureCollections (lines, polygons, points) into {@link GeoFeature}s. */
public final class GeoJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJsonReader() {}

    public static List<GeoFeature> read(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new IOException("not a GeoJSON FeatureCollection");
        }
        List<GeoFeature> out = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            JsonNode g = f.get("geometry");
            if (g == null || g.isNull()) continue;
            Map<String, Object> props = new HashMap<>();
            f.path("properties").fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (v.isNumber()) props.put(e.getKey(), v.numberValue());
                else if (!v.isNull()) props.put(e.getKey(), v.asText());
            });
            geometry(g, props, out);
        }
        return out;
    }

    private static void geometry(JsonNode g, Map<String, Object> props, List<GeoFeature> out) throws IOException {
        JsonNode c = g.path("coordinates");
        switch (g.path("type").asText()) {
            case "LineString" ->
                out.add(new GeoFeature(props, GeoFeature.GeometryType.LINE, List.of(List.of(ring(c)))));
            case "MultiLineString" -> {
                List<List<double[]>> parts = new ArrayList<>();
                for (JsonNode line : c) parts.add(List.of(ring(line)));
                out.add(new GeoFeature(props, GeoFeature.GeometryType.LINE, parts));
            }
            case "Polygon" -> out.add(new GeoFeature(props, GeoFeature.GeometryType.POLYGON, List.of(rings(c))));
            case "MultiPolygon" -> {
                List<List<double[]>> parts = new ArrayList<>();
                for (JsonNode poly : c) parts.add(rings(poly));
                out.add(new GeoFeature(props, GeoFeature.GeometryType.POLYGON, parts));
            }
            case "Point" ->
                out.add(new GeoFeature(props, GeoFeature.GeometryType.POINT, List.of(List.of(new double[] {
                    c.get(0).asDouble(), c.get(1).asDouble()
                }))));
            case "GeometryCollection" -> {
                for (JsonNode child : g.path("geometries")) geometry(child, props, out);
            }
            default ->
                throw new IOException(
                        "unsupported geometry type " + g.path("type").asText());
        }
    }

    private static List<double[]> rings(JsonNode polygon) {
        List<double[]> rings = new ArrayList<>();
        for (JsonNode r : polygon) rings.add(ring(r));
        return rings;
    }

    private static double[] ring(JsonNode coords) {
        double[] xy = new double[coords.size() * 2];
        for (int i = 0; i < coords.size(); i++) {
            xy[2 * i] = coords.get(i).get(0).asDouble();
            xy[2 * i + 1] = coords.get(i).get(1).asDouble();
        }
        return xy;
    }
}
