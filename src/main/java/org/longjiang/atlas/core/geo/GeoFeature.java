package org.longjiang.atlas.core.geo;

import java.util.List;
import java.util.Map;

/**
 * One GeoJSON feature reduced to what a renderer needs: its properties and its parts as
 * interleaved {@code lon,lat} arrays. For polygons each part is one polygon's rings.
 */
public record GeoFeature(Map<String, Object> properties, GeometryType type, List<List<double[]>> parts) {

    /** The geometry families the basemap uses. */
    public enum GeometryType {
        LINE,
        POLYGON,
        POINT
    }

    public GeoFeature {
        properties = Map.copyOf(properties);
        parts = parts.stream().map(List::copyOf).toList();
    }

    public String stringProperty(String key) {
        Object v = properties.get(key);
        return v == null ? "" : v.toString();
    }

    public int intProperty(String key, int fallback) {
        Object v = properties.get(key);
        return v instanceof Number n ? n.intValue() : fallback;
    }
}
