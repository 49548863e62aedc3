package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/** A place on the map: a city, port, airport, bridge, institution or the province itself. */
public record Place(
        String id,
        LocalizedText names,
        PlaceKind kind,
        String country,
        LatLon position,
        Precision precision,
        Lifecycle lifecycle,
        Status status,
        Optional<String> counterpartId,
        int priority,
        LocalizedText description,
        List<Citation> sources,
        Optional<Extent> extent)
        implements Subject {

    public Place {
        sources = List.copyOf(sources);
    }

    /** A place that is a point, not an area with an extent. */
    public Place(
            String id,
            LocalizedText names,
            PlaceKind kind,
            String country,
            LatLon position,
            Precision precision,
            Lifecycle lifecycle,
            Status status,
            Optional<String> counterpartId,
            int priority,
            LocalizedText description,
            List<Citation> sources) {
        this(
                id,
                names,
                kind,
                country,
                position,
                precision,
                lifecycle,
                status,
                counterpartId,
                priority,
                description,
                sources,
                Optional.empty());
    }

    @Override
    public String kindId() {
        return kind.id();
    }

    @Override
    public Optional<PartialDate> opened() {
        return lifecycle.opened();
    }

    /** A place stands on its own: no crossing or other record has to exist for it to exist. */
    @Override
    public List<String> dependsOn() {
        return List.of();
    }
}
