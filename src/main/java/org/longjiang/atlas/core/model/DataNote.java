package org.longjiang.atlas.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A consistency finding about series values or event dates that contradict each other; the printed
 * value is kept. What is printed and what the paper's own figures imply are texts in every language.
 */
public record DataNote(
        String id,
        String kind,
        List<String> seriesIds,
        List<String> eventIds,
        Optional<String> period,
        LocalizedText printed,
        LocalizedText expected,
        LocalizedText message,
        List<Citation> sources) {

    public DataNote {
        seriesIds = List.copyOf(seriesIds);
        eventIds = List.copyOf(eventIds);
        sources = List.copyOf(sources);
    }
}
