package org.longjiang.atlas.core.query;

import java.util.List;
import org.longjiang.atlas.core.model.Atlas;
import org.longjiang.atlas.core.model.DataNote;
import org.longjiang.atlas.core.model.Series;

/** Finds the consistency notes that flag a printed value, so a chart or table can mark it. */
public final class ObservationNotes {
    private final Atlas atlas;

    public ObservationNotes(Atlas atlas) {
        this.atlas = atlas;
    }

    /** Notes about this value: those naming the series for this period, or for the series as a whole. */
    public List<DataNote> about(Series series, String period) {
        return atlas.notes().stream()
                .filter(n -> n.seriesIds().contains(series.id()))
                .filter(n -> n.period().map(p -> p.equals(period)).orElse(true))
                .toList();
    }

    /** Every note naming any of these series. */
    public List<DataNote> aboutAny(List<Series> series) {
        return atlas.notes().stream()
                .filter(n -> series.stream().anyMatch(s -> n.seriesIds().contains(s.id())))
                .toList();
    }

    /** Notes naming an event (dates that differ between papers). */
    public List<DataNote> aboutEvent(String eventId) {
        return atlas.notes().stream()
                .filter(n -> n.eventIds().contains(eventId))
                .toList();
    }
}
