package org.longjiang.atlas.core.model;

import java.util.Optional;

/** One point of a link's course: a place (by id) or a bare coordinate that shapes the line. */
public record Waypoint(Optional<String> placeId, Optional<LatLon> position) {

    public static Waypoint place(String id) {
        return new Waypoint(Optional.of(id), Optional.empty());
    }

    public static Waypoint at(LatLon p) {
        return new Waypoint(Optional.empty(), Optional.of(p));
    }
}
