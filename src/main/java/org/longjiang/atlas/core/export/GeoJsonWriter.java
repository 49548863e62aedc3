package org.longjiang.atlas.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.longjiang.atlas.core.geo.LinkCourse;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.Place;

/** Places as points and links as lines, in RFC 7946 GeoJSON (loads straight into QGIS). */
public final class GeoJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GeoJsonWriter() {}

    public static String places(Atlas atlas, List<Place> places) {
        Table t = ContentTables.places(atlas, places);
        ArrayNode features = MAPPER.createArrayNode();
        for (int i = 0; i < places.size(); i++) {
            ObjectNode geometry = MAPPER.createObjectNode().put("type", "Point");
            geometry.putArray("coordinates")
                    .add(places.get(i).position().lon())
                    .add(places.get(i).position().lat());
            features.add(feature(t, i, geometry));
        }
        return collection(features);
    }

    public static String links(Atlas atlas, List<Link> links) {
        Table t = ContentTables.links(atlas, links);
        ArrayNode features = MAPPER.createArrayNode();
        for (int i = 0; i < links.size(); i++) {
            ObjectNode geometry = MAPPER.createObjectNode().put("type", "LineString");
            ArrayNode coords = geometry.putArray("coordinates");
            for (LatLon p : LinkCourse.of(atlas, links.get(i)))
                coords.addArray().add(p.lon()).add(p.lat());
            features.add(feature(t, i, geometry));
        }
        return collection(features);
    }

    private static ObjectNode feature(Table t, int row, ObjectNode geometry) {
        ObjectNode f = MAPPER.createObjectNode().put("type", "Feature");
        f.put("id", t.rows().get(row).get(0));
        ObjectNode props = f.putObject("properties");
        for (int c = 0; c < t.header().size(); c++)
            props.put(t.header().get(c), t.rows().get(row).get(c));
        f.set("geometry", geometry);
        return f;
    }

    private static String collection(ArrayNode features) {
        ObjectNode root = MAPPER.createObjectNode().put("type", "FeatureCollection");
        root.set("features", features);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
