package org.longjiang.atlas.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.longjiang.atlas.core.model.Tour;
import org.longjiang.atlas.core.model.TourStop;

/** Reads a record of tours.json (or of a tour file a user saved): a tour and its stops. */
final class TourParser implements RecordParser<Tour> {

    private static final Set<String> FIELDS = Set.of("id", "title", "description", "stops");
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2100;
    private static final Set<String> STOP_FIELDS = Set.of("caption", "lat", "lon", "zoom", "year", "layers", "select");

    @Override
    public Optional<Tour> parse(RecordReader r) {
        r.onlyFields(FIELDS);
        String id = r.requiredId();
        var title = r.localized("title", List.of("en"));
        List<TourStop> stops = new ArrayList<>();
        List<RecordReader> stopReaders = r.objects("stops");
        if (stopReaders.isEmpty()) r.fail("stops", "problem.tourStops");
        for (RecordReader s : stopReaders) {
            s.onlyFields(STOP_FIELDS);
            var caption = s.localized("caption", List.of("en"));
            Optional<String> select = s.optText("select");
            // Without a view, a stop shows its subject as the window frames it.
            Optional<TourStop.View> view = Optional.empty();
            if (select.isEmpty() || s.has("lat") || s.has("lon") || s.has("zoom")) {
                view = Optional.of(new TourStop.View(
                        s.number("lat", -85, 85), s.number("lon", -180, 180), s.number("zoom", 2, 12)));
            }
            Optional<Integer> year = s.optInt("year");
            year.filter(y -> y < FIRST_YEAR || y > LAST_YEAR)
                    .ifPresent(y -> s.fail("year", Values.outOfRange(FIRST_YEAR, LAST_YEAR, y)));
            if (s.failed()) continue;
            stops.add(new TourStop(caption, view, year, s.idList("layers"), select));
        }
        if (r.failed() || stopReaders.stream().anyMatch(RecordReader::failed)) return Optional.empty();
        return Optional.of(new Tour(id, title, r.optLocalized("description"), stops));
    }
}
