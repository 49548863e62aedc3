package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/** A connection drawn on the map: rail, pipeline, air route, bridge, corridor… */
public record Link(
        String id,
        LocalizedText names,
        LinkKind kind,
        List<Waypoint> path,
        Geometry geometry,
        Optional<PartialDate> opened,
        Status status,
        List<Figure> figures,
        LocalizedText description,
        List<Citation> sources)
        implements Subject {

    public Link {
        path = List.copyOf(path);
        figures = List.copyOf(figures);
        sources = List.copyOf(sources);
    }

    @Override
    public String kindId() {
        return kind.id();
    }

    /** The ids of the places the course passes through, in order. */
    public List<String> placeIds() {
        return path.stream().flatMap(w -> w.placeId().stream()).toList();
    }
}
