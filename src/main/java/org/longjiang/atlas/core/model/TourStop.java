package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One stop of a guided tour: where the map looks (centre and zoom), the year it shows (empty:
 * today), the layers switched on (empty list: all), the subject whose dossier opens, and the caption.
 */
public record TourStop(
        LocalizedText caption,
        double lat,
        double lon,
        double zoom,
        Optional<Integer> year,
        List<String> layers,
        Optional<String> selection) {

    public TourStop {
        layers = List.copyOf(layers);
    }
}
