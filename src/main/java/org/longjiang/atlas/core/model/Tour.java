package org.longjiang.atlas.core.model;

import java.util.List;

/** A guided tour: an ordered list of stops with a title, for the classroom. */
public record Tour(String id, LocalizedText title, LocalizedText description, List<TourStop> stops) {

    public Tour {
        stops = List.copyOf(stops);
    }
}
