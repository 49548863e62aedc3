package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/** A consistency finding: a printed figure that contradicts another; the printed value is kept. */
public record DataNote(String id, String kind, List<String> seriesIds, Optional<String> period,
                       String printed, String expected, LocalizedText message, List<Citation> sources) {

    public DataNote {
        seriesIds = List.copyOf(seriesIds);
        sources = List.copyOf(sources);
    }
}
