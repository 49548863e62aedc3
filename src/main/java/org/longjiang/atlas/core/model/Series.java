package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/** One printed column of a statistical table, attached to the places or links it describes. */
public record Series(
        String id,
        LocalizedText title,
        Optional<String> tableGroup,
        String measure,
        String unit,
        Optional<String> currency,
        List<String> subjects,
        List<Observation> observations,
        Citation source) {

    public Series {
        subjects = List.copyOf(subjects);
        observations = List.copyOf(observations);
    }
}
