package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A connection drawn on the map: rail, pipeline, air route, bridge, corridor…
 *
 * @param dependsOn the places and links (besides those on its course) that must be operating for it to operate:
 *                  a bridge it runs over, the railway a land–sea route starts on
 */
public record Link(
        String id,
        LocalizedText names,
        LinkKind kind,
        List<Waypoint> path,
        Geometry geometry,
        Lifecycle lifecycle,
        Status status,
        List<Figure> figures,
        LocalizedText description,
        List<Citation> sources,
        List<String> dependsOn)
        implements Subject {

    public Link {
        path = List.copyOf(path);
        figures = List.copyOf(figures);
        sources = List.copyOf(sources);
        dependsOn = List.copyOf(dependsOn);
    }

    @Override
    public String kindId() {
        return kind.id();
    }

    @Override
    public Optional<PartialDate> opened() {
        return lifecycle.opened();
    }

    /** The ids of the places the course passes through, in order. */
    public List<String> placeIds() {
        return path.stream().flatMap(w -> w.placeId().stream()).toList();
    }
}
