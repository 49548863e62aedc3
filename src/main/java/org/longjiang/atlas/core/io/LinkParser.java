package org.longjiang.atlas.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.model.Figure;
import org.longjiang.atlas.core.model.Geometry;
import org.longjiang.atlas.core.model.LatLon;
import org.longjiang.atlas.core.model.Link;
import org.longjiang.atlas.core.model.LinkKind;
import org.longjiang.atlas.core.model.LocalizedText;
import org.longjiang.atlas.core.model.Waypoint;

/** Reads a record of links.json. */
final class LinkParser implements RecordParser<Link> {
    private static final Set<String> FIELDS = Set.of(
            "id",
            "names",
            "kind",
            "path",
            "geometry",
            "opened",
            "status",
            "lifecycle",
            "depends_on",
            "figures",
            "description",
            "sources");
    private static final Set<String> FIGURE_FIELDS = Set.of("name", "value", "unit", "period", "source");

    @Override
    public Optional<Link> parse(RecordReader r) {
        r.onlyFields(FIELDS);
        String id = r.requiredId();
        LocalizedText names = r.names("names");
        LinkKind kind = r.enumValue("kind", LinkKind.class);
        List<Waypoint> path = r.list("path", e -> waypoint(r, e));
        if (path.size() < 2) r.fail("path", "problem.waypoints", path.size());
        else if (path.get(0).placeId().isEmpty()
                || path.get(path.size() - 1).placeId().isEmpty()) {
            r.fail("path", "problem.pathEnds");
        }
        if (r.failed()) return Optional.empty();
        return Optional.of(new Link(
                id,
                names,
                kind,
                path,
                r.optEnum("geometry", Geometry.class, Geometry.SCHEMATIC),
                LifecycleParser.lifecycle(r),
                LifecycleParser.status(r),
                r.list("figures", e -> figure(r, e)),
                r.optLocalized("description"),
                r.citations("sources"),
                LifecycleParser.dependsOn(r)));
    }

    private static Optional<Waypoint> waypoint(RecordReader r, RecordReader.Element e) {
        JsonNode n = e.node();
        if (n.isTextual()) return Optional.of(Waypoint.place(n.asText()));
        if (n.isObject() && n.size() == 1 && n.path("place").isTextual())
            return Optional.of(Waypoint.place(n.get("place").asText()));
        if (n.isObject()
                && n.size() == 2
                && n.path("lat").isNumber()
                && n.path("lon").isNumber()) {
            if (!(Math.abs(n.get("lat").asDouble()) <= PlaceParser.MAX_LAT)) {
                r.fail(e.field(), "problem.waypointLatitude", Values.shown(n.get("lat")));
                return Optional.empty();
            }
            if (!(Math.abs(n.get("lon").asDouble()) <= 180)) {
                r.fail(e.field(), "problem.waypointLongitude", Values.shown(n.get("lon")));
                return Optional.empty();
            }
            return Optional.of(
                    Waypoint.at(new LatLon(n.get("lat").asDouble(), n.get("lon").asDouble())));
        }
        r.fail(e.field(), "problem.waypoint", Values.shown(n));
        return Optional.empty();
    }

    private static Optional<Figure> figure(RecordReader r, RecordReader.Element e) {
        JsonNode n = e.node();
        if (!n.isObject() || !n.path("name").isTextual() || !n.has("value")) {
            r.warn(e.field(), "problem.figure");
            return Optional.empty();
        }
        r.onlyFields(n, e.field() + ".", FIGURE_FIELDS);
        Optional<BigDecimal> value = Values.decimalOf(n.get("value"));
        if (value.isEmpty()) {
            r.warn(e.field() + ".value", Values.ignored(Values.notADecimal(n.get("value"))));
            return Optional.empty();
        }
        return Optional.of(new Figure(
                n.get("name").asText(),
                value.get(),
                n.path("unit").asText(""),
                n.hasNonNull("period") ? Optional.of(n.get("period").asText()) : Optional.empty(),
                n.hasNonNull("source") ? r.citation(n.get("source"), e.field() + ".source") : Optional.empty()));
    }
}
