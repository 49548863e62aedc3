package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One stop of a guided tour: where the map looks (centre and zoom; empty: the selected subject
 * framed by the one framing rule, as the window and {@code export --view} frame it), the year it
 * shows (empty: today), the layers switched on (empty list: all), the subject whose dossier opens,
 * and the caption.
 */
public record TourStop(
        LocalizedText caption,
        Optional<View> view,
        Optional<Integer> year,
        List<String> layers,
        Optional<String> selection) {

    /** A centre (WGS84 degrees) and a Web-Mercator zoom. */
    public record View(double lat, double lon, double zoom) {}

    public TourStop {
        layers = List.copyOf(layers);
    }
}
